package org.cooperationatlas.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as uploaded: its header and rows, each row with the line it starts on. Reads UTF-8 with or without a
 * byte-order mark, comma, semicolon or tab separated, quoted fields with separators and line breaks inside.
 */
public record UploadedCsv(String fileName, char separator, List<String> headers, List<CsvRow> rows) {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    public static UploadedCsv parse(String fileName, byte[] bytes, long maxBytes) throws CsvFileException {
        if (bytes.length > maxBytes) {
            throw new CsvFileException("import.file.tooLarge", megabytes(bytes.length), megabytes(maxBytes));
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvFileException("import.file.empty");
        }
        char separator = guessSeparator(text);
        List<CSVRecord> records = read(text, separator);
        if (records.isEmpty()) {
            throw new CsvFileException("import.file.empty");
        }
        List<String> headers = records.get(0).stream().map(String::strip).toList();
        if (records.size() == 1) {
            throw new CsvFileException("import.file.headerOnly");
        }
        LineIndex lines = new LineIndex(text);
        List<CsvRow> rows = new ArrayList<>(records.size() - 1);
        for (CSVRecord record : records.subList(1, records.size())) {
            rows.add(new CsvRow(lines.lineAt(record.getCharacterPosition()), record.toList()));
        }
        return new UploadedCsv(fileName, separator, headers, List.copyOf(rows));
    }

    /** The first few values of a column, to help the reader recognise it when mapping. */
    public List<String> samples(int column, int count) {
        return rows.stream().map(row -> row.cell(column)).filter(value -> !value.isEmpty()).distinct().limit(count).toList();
    }

    private static String decode(byte[] bytes) throws CsvFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvFileException("import.file.notUtf8", firstBadLine(bytes));
        }
    }

    // The line of the first byte sequence that is not UTF-8, so the reader can find what to fix.
    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    // The separator that occurs most often, outside quotes, in the header line.
    private static char guessSeparator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private static List<CSVRecord> read(String text, char separator) throws CsvFileException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CsvFileException("import.file.unclosedQuote", new LineIndex(text).lineAt(openQuoteAt(text)));
        }
        return records;
    }

    // Where the quote that is still open at the end of the file was opened.
    private static int openQuoteAt(String text) {
        int opened = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
                if (quoted) {
                    opened = i;
                }
            }
        }
        return opened;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Turns a character position into a line number (1-based) by the positions of the line breaks. */
    private static final class LineIndex {
        private final int[] breaks;

        LineIndex(String text) {
            int[] found = new int[64];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
            }
            breaks = Arrays.copyOf(found, count);
        }

        int lineAt(long position) {
            int index = Arrays.binarySearch(breaks, (int) position);
            return (index >= 0 ? index : -index - 1) + 1;
        }
    }
}
