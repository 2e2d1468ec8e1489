package org.cooperationatlas.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as uploaded, kept on disk and read row by row, so that a file of fifty megabytes never sits in the
 * heap: what stays in memory is its header, its row count and a few distinct values per column. Reads UTF-8 with
 * or without a byte-order mark, comma, semicolon or tab separated, quoted fields with separators and line breaks.
 */
public record UploadedCsv(
        String fileName,
        String path,
        char separator,
        List<String> headers,
        int rowCount,
        List<List<String>> columnValues) {

    /** Distinct values kept per column: enough to show samples and to recognise a column of country codes. */
    static final int VALUES_PER_COLUMN = 25;

    private static final char[] SEPARATORS = {',', ';', '\t'};

    public UploadedCsv {
        headers = List.copyOf(headers);
        columnValues = columnValues.stream().map(List::copyOf).toList();
    }

    /** Checks the file from end to end (size, encoding, quotes) and keeps what a mapping needs to be chosen. */
    public static UploadedCsv open(String fileName, Path file, long maxBytes) throws CsvFileException {
        long size = size(file);
        if (size > maxBytes) {
            throw tooLarge(size, maxBytes);
        }
        char separator = guessSeparator(file);
        List<String> headers = null;
        List<Set<String>> values = new ArrayList<>();
        int rows = 0;
        try (RowReader reader = new RowReader(file, separator)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                if (headers == null) {
                    headers = row.cells().stream().map(String::strip).toList();
                    headers.forEach(header -> values.add(new LinkedHashSet<>()));
                    continue;
                }
                rows++;
                for (int column = 0; column < values.size(); column++) {
                    String value = row.cell(column);
                    if (!value.isEmpty() && values.get(column).size() < VALUES_PER_COLUMN) {
                        values.get(column).add(value);
                    }
                }
            }
        }
        if (headers == null || (rows == 0 && headers.stream().allMatch(String::isEmpty))) {
            throw new CsvFileException("import.file.empty");
        }
        if (rows == 0) {
            throw new CsvFileException("import.file.headerOnly");
        }
        return new UploadedCsv(
                fileName,
                file.toString(),
                separator,
                headers,
                rows,
                values.stream().map(set -> (List<String>) new ArrayList<>(set)).toList());
    }

    /** Every data row in the file's order, read from the disk again; the file was checked when it was opened. */
    public void forEachRow(Consumer<CsvRow> action) {
        try (RowReader reader = new RowReader(Path.of(path), separator)) {
            reader.next();
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                action.accept(row);
            }
        } catch (CsvFileException e) {
            throw new IllegalStateException("The uploaded file changed after it was checked: " + fileName, e);
        }
    }

    /** The first few values of a column, to help the reader recognise it when mapping. */
    public List<String> samples(int column, int count) {
        return column < columnValues.size()
                ? columnValues.get(column).stream().limit(count).toList()
                : List.of();
    }

    /** Removes the file from the disk; the upload is done with. */
    public void delete() {
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvFileException tooLarge(long size, long maxBytes) {
        return new CsvFileException("import.file.tooLarge", megabytes(size), megabytes(maxBytes));
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static long size(Path file) throws CsvFileException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CsvFileException("import.file.empty");
        }
    }

    // The separator that occurs most often, outside quotes, in the first line.
    private static char guessSeparator(Path file) throws CsvFileException {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        try (Reader reader = utf8(file)) {
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    for (int s = 0; s < SEPARATORS.length; s++) {
                        if (c == SEPARATORS[s]) {
                            counts[s]++;
                        }
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new CsvFileException("import.file.notUtf8", firstLineNotUtf8(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    // The decoder reads ahead and reports an error without its place, so the line is found by decoding the file
    // line by line, once, when it is known to be wrong.
    private static int firstLineNotUtf8(Path file) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (b < 0) {
                        return number;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Strict UTF-8: a byte sequence that is not UTF-8 is an error, never a silently replaced character.
    private static BufferedReader utf8(Path file) throws IOException {
        var decoder = charsetOf(file)
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    // UTF-8 unless the file starts with UTF-16's byte-order mark, as spreadsheets' "Unicode text" exports do.
    private static Charset charsetOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            if (start.length == 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (start.length == 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return StandardCharsets.UTF_8;
        }
    }

    /** Reads the file's records one by one, each with the line it starts on; says which line stops it. */
    private static final class RowReader implements AutoCloseable {
        private final LineCounter lines;
        private final CSVParser parser;
        private final java.util.Iterator<CSVRecord> records;
        private final Path file;
        private int nextRecordLine = 1;

        RowReader(Path file, char separator) throws CsvFileException {
            this.file = file;
            try {
                lines = new LineCounter(utf8(file));
                CSVFormat format = CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(separator)
                        .setIgnoreEmptyLines(true)
                        .get();
                parser = CSVParser.parse(lines, format);
                records = parser.iterator();
            } catch (CharacterCodingException e) {
                throw new CsvFileException("import.file.notUtf8", firstLineNotUtf8(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        CsvRow next() throws CsvFileException {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                nextRecordLine = (int) parser.getCurrentLineNumber() + 1;
                return new CsvRow(lines.lineAt(record.getCharacterPosition()), record.toList());
            } catch (UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new CsvFileException("import.file.notUtf8", firstLineNotUtf8(file));
                }
                throw new CsvFileException("import.file.unclosedQuote", nextRecordLine);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Counts line breaks as the parser reads, so that a record's character position becomes its line number. Only
     * the breaks the parser has read ahead of its current record are kept, a buffer's worth at most.
     */
    private static final class LineCounter extends Reader {
        private final Reader in;
        private final ArrayDeque<Long> breaksAhead = new ArrayDeque<>();
        private long position;
        private int linesPassed;

        LineCounter(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            for (int i = 0; i < read; i++) {
                if (buffer[offset + i] == '\n') {
                    breaksAhead.addLast(position + i);
                }
            }
            position += Math.max(read, 0);
            return read;
        }

        /** The line (from 1) of a character position at or after the last one asked for. */
        int lineAt(long characterPosition) {
            while (!breaksAhead.isEmpty() && breaksAhead.peekFirst() < characterPosition) {
                breaksAhead.removeFirst();
                linesPassed++;
            }
            return linesPassed + 1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
