package org.cooperationatlas.importing.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The PDFs of a zip archive, each unpacked to a temporary file of its own for as long as it is read. An archive
 * cannot make the server unpack without end: each file is held to the upload limit, and an archive to a number
 * of files.
 */
final class ReportArchive {

    static final int MOST_FILES = 500;
    private static final int BUFFER_BYTES = 64 * 1024;

    private ReportArchive() {}

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        }
    }

    /**
     * Hands each PDF of the archive to the reader, under its name in the archive, and deletes it afterwards; a file
     * over the limit is handed as null.
     */
    static void forEachPdf(Path archive, long maxBytes, BiConsumer<String, Path> reader) throws ReportArchiveException {
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory()
                        || base.startsWith(".")
                        || name.startsWith("__MACOSX/")
                        || !base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    continue;
                }
                if (++files > MOST_FILES) {
                    throw new ReportArchiveException("import.report.archiveTooMany", MOST_FILES);
                }
                Path unpacked = Files.createTempFile("atlas-report-", ".pdf");
                try {
                    boolean whole = copyAtMost(zip, unpacked, maxBytes);
                    reader.accept(base, whole ? unpacked : null);
                } finally {
                    Files.deleteIfExists(unpacked);
                }
            }
        } catch (ZipException e) {
            throw new ReportArchiveException("import.report.archiveDamaged");
        } catch (IOException e) {
            throw new ReportArchiveException("import.report.archiveDamaged");
        }
    }

    private static boolean copyAtMost(InputStream in, Path file, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                copied += read;
                if (copied > limit) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    /** An archive that cannot be unpacked as a batch of reports; the key says why. */
    static final class ReportArchiveException extends Exception {
        private final transient Object[] arguments;

        ReportArchiveException(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.arguments = arguments.clone();
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }
}
