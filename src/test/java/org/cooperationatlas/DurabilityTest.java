package org.cooperationatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The default database is a file under the data directory: what is saved is there after a restart. */
class DurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void a_saved_source_survives_a_restart_of_the_application() {
        // Saving is for editors; the test signs in as one.
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("edith", null, Role.EDITOR.authorities()));
        try (ConfigurableApplicationContext first = start()) {
            Source source = new Source();
            source.setPublisher("Durable Press");
            source.setTitle("Still here after a restart");
            source.setPublishedOn(LocalDate.of(2024, 5, 1));
            source.setLanguage("en");
            first.getBean(SourceService.class).save(source);
        }
        assertThat(Files.exists(dataDir.resolve("atlas.mv.db"))).isTrue();
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(SourceService.class).search("Durable Press", Pageable.ofSize(5)))
                    .extracting(Source::getTitle)
                    .containsExactly("Still here after a restart");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:${atlas.data-dir}/atlas",
                        "--atlas.data-dir=" + dataDir);
    }
}
