package org.cooperationatlas.peacekeeping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The UN's statistics that come with the atlas, as read by its own reader from the UN's monthly reports: a list of
 * the reports (month, title, whether it names missions, the file it was read from, its size and digest) and their
 * lines (gzipped: a hundred thousand lines in a few hundred kilobytes), both CSV, in the order of month, country,
 * mission and type.
 */
public final class BundledStatisticsFile {

    /** The resources, on the class path. */
    public static final String REPORTS = "peacekeeping/un-reports.csv";

    public static final String LINES = "peacekeeping/un-contributions.csv.gz";

    private static final String[] REPORT_COLUMNS = {
        "month", "title", "names_missions", "file", "lines", "people", "digest"
    };
    private static final String[] LINE_COLUMNS = {"month", "country", "mission", "type", "male", "female", "total"};
    private static final CSVFormat READ =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private BundledStatisticsFile() {}

    /** The reports as the list gives them, in the order of months. */
    static List<MonthReport> reports(InputStream in) throws IOException {
        List<MonthReport> reports = new ArrayList<>();
        for (CSVRecord row : READ.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reports.add(new MonthReport(
                    YearMonth.parse(row.get("month")),
                    MonthReport.UN_PUBLISHER,
                    row.get("title"),
                    Boolean.parseBoolean(row.get("names_missions")),
                    Integer.parseInt(row.get("lines")),
                    Long.parseLong(row.get("people")),
                    row.get("digest"),
                    row.get("file"),
                    MonthReport.Origin.BUNDLED,
                    Instant.now()));
        }
        return reports;
    }

    /** Hands each line of the gzipped lines to the consumer, in the order of the file. */
    static void lines(InputStream gzipped, Consumer<ContributionLine> consumer) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (CSVRecord row : READ.parse(reader)) {
                String mission = row.get("mission");
                consumer.accept(new ContributionLine(
                        YearMonth.parse(row.get("month")).atDay(1),
                        row.get("country"),
                        mission.isEmpty() ? null : mission,
                        PersonnelType.valueOf(row.get("type")),
                        count(row.get("male")),
                        count(row.get("female")),
                        Integer.parseInt(row.get("total"))));
            }
        }
    }

    /** The list of reports for these months, as the resource holds it. */
    public static String reportsCsv(List<MonthStatistics> months) {
        return csv(REPORT_COLUMNS, printer -> {
            for (MonthStatistics month : sorted(months)) {
                MonthReport report = month.report();
                printer.printRecord(
                        report.month(),
                        report.title(),
                        report.namesMissions(),
                        report.fileName(),
                        report.lines(),
                        report.people(),
                        report.digest());
            }
        });
    }

    /** The lines of these months, as the resource holds them before it is gzipped. */
    public static String linesCsv(List<MonthStatistics> months) {
        return csv(LINE_COLUMNS, printer -> {
            for (MonthStatistics month : sorted(months)) {
                List<ContributionLine> lines = new ArrayList<>(month.lines());
                lines.sort(Comparator.comparing(ContributionLine::country)
                        .thenComparing(line -> Objects.toString(line.mission(), ""))
                        .thenComparing(ContributionLine::personnelType));
                for (ContributionLine line : lines) {
                    printer.printRecord(
                            month.month(),
                            line.country(),
                            Objects.toString(line.mission(), ""),
                            line.personnelType().name(),
                            Objects.toString(line.male(), ""),
                            Objects.toString(line.female(), ""),
                            line.total());
                }
            }
        });
    }

    private static List<MonthStatistics> sorted(List<MonthStatistics> months) {
        return months.stream()
                .sorted(Comparator.comparing(MonthStatistics::month))
                .toList();
    }

    private static Integer count(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(header)
                .setRecordSeparator('\n')
                .get()
                .print(text)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }
}
