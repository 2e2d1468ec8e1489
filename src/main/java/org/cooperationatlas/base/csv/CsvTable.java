package org.cooperationatlas.base.csv;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A table to download: a title, notes (sources, export date), a header and rows. Cells that a spreadsheet
 * would run as a formula are neutralised, so that a download can never execute anything.
 */
public record CsvTable(String title, List<String> notes, List<String> headers, List<List<String>> rows) {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** UTF-8 with a byte-order mark, so that spreadsheet programs read non-Latin names correctly. */
    public byte[] toBytes() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(title));
        notes.forEach(note -> line(csv, List.of(note)));
        csv.append("\r\n");
        line(csv, headers);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public CsvTable withExportDate(String label, LocalDate day) {
        List<String> all = new ArrayList<>(notes);
        all.add(label + " " + day);
        return new CsvTable(title, all, headers, rows);
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.contains(";")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(CsvTable::cell).toList())).append("\r\n");
    }
}
