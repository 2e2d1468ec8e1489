package org.cooperationatlas.importing.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Uploads are deleted when their import page closes; a node that stopped in between leaves them behind. At
 * start-up, those older than a day are deleted, so the temporary directory does not fill up over restarts.
 */
@Component
class StaleUploads implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StaleUploads.class);
    private static final Duration KEPT = Duration.ofDays(1);

    @Override
    public void run(ApplicationArguments args) {
        Instant before = Instant.now().minus(KEPT);
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> uploads = Files.newDirectoryStream(directory, TemporaryFileUpload.PREFIX + "*")) {
            for (Path upload : uploads) {
                if (Files.getLastModifiedTime(upload).toInstant().isBefore(before)) {
                    Files.deleteIfExists(upload);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for uploads left behind in {}", directory, e);
        }
    }
}
