package org.cooperationatlas.importing.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the UN's monthly reports of uniformed personnel by country (and mission, where it names them), read
 * from its PDF by where its words stand: its title and month, its rows, the totals it prints with the rows each
 * adds up, and whatever of its own form could not be read. Every layout the UN has used since 2015 is read by
 * what its title and header say, not by the file's name.
 */
public record UnReport(
        String title,
        ReportMonth month,
        boolean namesMissions,
        List<ReportRow> rows,
        List<PrintedTotal> totals,
        List<StructureProblem> structure,
        int pages) {

    public UnReport {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        structure = List.copyOf(structure);
    }

    /** Something of the report's own form that could not be read: a row no name is given to, a total of nothing. */
    public record StructureProblem(String messageKey, int page, String text) {}

    /** A printed total held against the rows it adds up: one count of it (men, women, everyone, per type). */
    public record TotalCheck(PrintedTotal total, CountKey key, int printed, int read) {

        public boolean agrees() {
            return printed == read;
        }
    }

    /**
     * Reads the file, or says why it is not such a report: empty, not a PDF, damaged, locked by a password, or a
     * PDF without a table of contributions.
     */
    public static UnReport read(Path file) throws ReportException {
        try {
            if (Files.size(file) == 0) {
                throw new ReportException("import.report.empty");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] start = in.readNBytes(1024);
                if (!new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                    throw new ReportException("import.report.notPdf");
                }
            }
        } catch (IOException e) {
            throw new ReportException("import.report.damaged");
        }
        PdfText text = PdfText.read(file);
        ReportTable table = ReportTable.of(text).orElseThrow(() -> new ReportException("import.report.notAReport"));
        TableReading reading = TableReading.of(table);
        if (reading.rows().isEmpty()) {
            throw new ReportException("import.report.notAReport");
        }
        List<StructureProblem> structure = reading.problems().stream()
                .map(problem -> new StructureProblem(problem.messageKey(), problem.page(), problem.text()))
                .toList();
        return new UnReport(
                ReportTitle.of(table.title(), reading.hasMissions()),
                ReportMonth.of(table, text),
                reading.hasMissions(),
                reading.rows(),
                reading.totals(),
                structure,
                text.pages());
    }

    /** Every count of every total the report prints, held against what its rows add up to. */
    public List<TotalCheck> totalChecks() {
        List<TotalCheck> checks = new ArrayList<>();
        for (PrintedTotal total : totals) {
            for (Map.Entry<CountKey, Integer> printed : total.printed().entrySet()) {
                checks.add(new TotalCheck(total, printed.getKey(), printed.getValue(), total.read(printed.getKey())));
            }
        }
        return checks;
    }

    /** Whether the rows hold male and female counts (some reports give only each type's total). */
    public boolean byGender() {
        return rows.stream()
                .anyMatch(row -> row.counts().keySet().stream().anyMatch(key -> key.kind() != CountKind.TOTAL));
    }
}
