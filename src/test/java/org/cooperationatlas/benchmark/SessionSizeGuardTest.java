package org.cooperationatlas.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.servlet.http.HttpSessionListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * Guards what one reader's session holds: a reader opens the records grid, or the overview, in Chromium, and the
 * session's Vaadin state is serialized (shared objects as names, see {@link SessionFootprint}). The limits sit just
 * above today's sizes, so that a change which makes every reader's session heavier fails here and is looked at.
 * Not a timing: the size of a session does not depend on the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "atlas.test.database=session-size")
class SessionSizeGuardTest {

    /** Today's sizes (records grid 58 KB, overview 74 KB) and a little room for what a page's timing changes. */
    static final long RECORDS_LIMIT = 64 * 1024;

    static final long OVERVIEW_LIMIT = 81 * 1024;

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(
                Boolean.parseBoolean(System.getenv("ATLAS_REQUIRE_BROWSER")) || Files.isExecutable(CHROMIUM),
                "The session guard opens pages in Chromium at " + CHROMIUM + "; skipped without it");
    }

    @Test
    void a_reader_of_the_records_grid_holds_no_more_than_today() {
        long bytes = SessionFootprint.serializedBytes(port, List.of("/records"));
        System.out.println("Session of a reader of /records: " + bytes / 1024 + " KB");
        assertThat(bytes).isPositive().isLessThan(RECORDS_LIMIT);
    }

    @Test
    void a_reader_of_the_overview_holds_no_more_than_today() {
        long bytes = SessionFootprint.serializedBytes(port, List.of("/"));
        System.out.println("Session of a reader of /: " + bytes / 1024 + " KB");
        assertThat(bytes).isPositive().isLessThan(OVERVIEW_LIMIT);
    }

    @TestConfiguration
    static class SessionRecorder {

        @Bean
        HttpSessionListener sessionRecorder() {
            return SessionFootprint.recorder();
        }
    }
}
