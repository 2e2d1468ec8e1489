package org.cooperationatlas.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Files for import tests, written to the disk as an upload would be. */
public final class TestCsv {

    public static final long LIMIT = 50L * 1024 * 1024;

    private TestCsv() {}

    public static UploadedCsv open(String text) throws CsvFileException {
        return open("test.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    public static UploadedCsv open(String fileName, byte[] bytes) throws CsvFileException {
        return UploadedCsv.open(fileName, write(bytes), LIMIT);
    }

    public static Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile("atlas-test-", ".csv");
            file.toFile().deleteOnExit();
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CsvRow> rows(UploadedCsv file) {
        List<CsvRow> rows = new ArrayList<>();
        file.forEachRow(rows::add);
        return rows;
    }
}
