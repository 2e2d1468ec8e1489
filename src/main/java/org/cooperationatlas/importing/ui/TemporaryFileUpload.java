package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an upload straight into a temporary file, never into the heap, and refuses one over the limit before
 * reading it when its size is announced, or as soon as it passes the limit when it is not. The callbacks run in
 * the UI; the receiver of the file owns it from then on and deletes it when done. The receiver reads the file
 * in the upload's own thread, outside the UI's lock, and returns what the UI then shows.
 */
class TemporaryFileUpload implements UploadHandler {

    /** How the files of uploads waiting on the disk are named, in the JVM's temporary directory. */
    static final String PREFIX = "atlas-upload-";

    /** How many files one drop may hold: the UN's reports of a decade, and more. */
    static final int MOST_FILES = 500;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final long maxBytes;
    private final SerializableBiFunction<String, Path, Command> received;
    private final SerializableConsumer<Long> tooLarge;

    TemporaryFileUpload(
            long maxBytes,
            SerializableBiFunction<String, Path, Command> received,
            SerializableConsumer<Long> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            ui.access(() -> tooLarge.accept(event.getFileSize()));
            return;
        }
        Path file = Files.createTempFile(PREFIX, ".upload");
        long copied;
        try (InputStream in = event.getInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            copied = copyAtMost(in, out, maxBytes + 1);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (copied > maxBytes) {
            Files.deleteIfExists(file);
            ui.access(() -> tooLarge.accept(copied));
            return;
        }
        ui.access(received.apply(event.getFileName(), file));
    }

    // Stops one byte past the limit: enough to know the file is too large without taking in the rest.
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long copied = 0;
        int read;
        while (copied < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) >= 0) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return MOST_FILES;
    }
}
