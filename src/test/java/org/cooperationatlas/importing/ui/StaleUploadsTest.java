package org.cooperationatlas.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaleUploadsTest {

    @Test
    void uploads_left_behind_more_than_a_day_ago_are_deleted_at_start_up_and_fresh_ones_kept() throws Exception {
        Path old = Files.createTempFile(TemporaryFileUpload.PREFIX, ".csv");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path fresh = Files.createTempFile(TemporaryFileUpload.PREFIX, ".csv");
        try {
            new StaleUploads().run(null);

            assertThat(old).doesNotExist();
            assertThat(fresh).exists();
        } finally {
            Files.deleteIfExists(old);
            Files.deleteIfExists(fresh);
        }
    }
}
