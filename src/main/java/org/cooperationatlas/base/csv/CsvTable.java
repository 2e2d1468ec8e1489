package org.cooperationatlas.base.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table to download: a title and notes (sources, export date) when a reader is to see them first, a header and
 * rows, written by Commons CSV. The rows
 * may be read page by page while the file is written, so that a download of a hundred thousand rows never sits
 * in memory whole. Cells that a spreadsheet would run as a formula are neutralised, so that a download can never
 * execute anything.
 */
public record CsvTable(String title, List<String> notes, List<String> headers, Iterable<List<String>> rows) {

    // A formula starts with = + - @ (or their full-width forms, which spreadsheets read alike), after any spaces;
    // a tab or a line break first can also start one.
    private static final Pattern FORMULA =
            Pattern.compile("^[\\t\\r\\n]|^[\\s\\u00A0\\u3000]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20]");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** A table with nothing before its header: what a program reading CSV expects. */
    public static CsvTable plain(List<String> headers, Iterable<List<String>> rows) {
        return new CsvTable(null, List.of(), headers, rows);
    }

    /** UTF-8 with a byte-order mark, so that spreadsheet programs read non-Latin names correctly. */
    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        if (title != null) {
            printer.printRecord(neutralised(title));
            for (String note : notes) {
                printer.printRecord(neutralised(note));
            }
            printer.println();
        }
        printer.printRecord(headers.stream().map(CsvTable::neutralised).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvTable::neutralised).toList());
        }
        printer.flush();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public CsvTable withExportDate(String label, LocalDate day) {
        List<String> all = new ArrayList<>(notes);
        all.add(label + " " + day);
        return new CsvTable(title, all, headers, rows);
    }

    /** The cell as a spreadsheet will show it, and never run it: a formula gets a leading apostrophe. */
    static String neutralised(String value) {
        String text = value == null ? "" : value;
        return FORMULA.matcher(text).find() ? "'" + text : text;
    }

    /**
     * Rows read a page at a time as they are written, until a page comes back short or {@code maxRows} are
     * written: the pages before are not kept.
     */
    public static <T> Iterable<List<String>> paged(
            IntFunction<List<T>> page, int pageSize, int maxRows, Function<T, List<String>> row) {
        return () -> new Iterator<>() {
            private List<T> current = List.of();
            private int index;
            private int pageNumber;
            private int written;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (written >= maxRows) {
                    return false;
                }
                if (index < current.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                current = page.apply(pageNumber++);
                index = 0;
                last = current.size() < pageSize;
                return !current.isEmpty();
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                written++;
                return row.apply(current.get(index++));
            }
        };
    }
}
