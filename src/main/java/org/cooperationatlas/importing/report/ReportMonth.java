package org.cooperationatlas.importing.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.cooperationatlas.importing.report.PdfText.TextLine;

/**
 * The month a report is of, read from the report itself: the date in its title ("Month of Report : 31-Jan-15",
 * "… Troops 31/05/2017", "As of: 30/06/2024"), else the date on its rows ("report_date", "End Date"), else, for
 * the few reports that print no date at all, the month before the file was made (the UN makes a month's report in
 * the first weeks of the next), which the administrator is asked to confirm. The file's name is never read: a
 * collection may hold a report under another month's name.
 */
public record ReportMonth(YearMonth month, Source source, LocalDate day, List<YearMonth> otherRowMonths) {

    /** Where the month was read. */
    public enum Source {
        TITLE,
        ROWS,
        FILE_CREATED,
        NONE
    }

    // The UN writes the day first; a few exports spell the month.
    private static final List<DateTimeFormatter> FORMATS =
            List.of(format("d/M/uuuu"), format("d/M/uu"), format("d-MMM-uu"), format("d-MMM-uuuu"), format("uuuu-M-d"));

    public ReportMonth {
        otherRowMonths = List.copyOf(otherRowMonths);
    }

    static ReportMonth of(ReportTable table, PdfText text) {
        List<YearMonth> rowMonths = table.rows().stream()
                .map(TableRow::date)
                .flatMap(date -> day(date).stream())
                .map(YearMonth::from)
                .toList();
        Optional<LocalDate> titled = table.title().stream()
                .map(TextLine::text)
                .flatMap(line -> firstDate(line).stream())
                .findFirst();
        if (titled.isPresent()) {
            YearMonth month = YearMonth.from(titled.get());
            return new ReportMonth(month, Source.TITLE, titled.get(), others(rowMonths, month));
        }
        if (!rowMonths.isEmpty()) {
            YearMonth month = mostCommon(rowMonths);
            return new ReportMonth(month, Source.ROWS, month.atEndOfMonth(), others(rowMonths, month));
        }
        return text.created()
                .map(created -> YearMonth.from(created).minusMonths(1))
                .map(month -> new ReportMonth(
                        month, Source.FILE_CREATED, text.created().get(), List.of()))
                .orElse(new ReportMonth(null, Source.NONE, null, List.of()));
    }

    /** Whether the report says its month itself; otherwise the month is a guess to confirm. */
    public boolean saidByReport() {
        return source == Source.TITLE || source == Source.ROWS;
    }

    private static List<YearMonth> others(List<YearMonth> months, YearMonth month) {
        return months.stream()
                .filter(other -> !other.equals(month))
                .distinct()
                .sorted()
                .toList();
    }

    private static YearMonth mostCommon(List<YearMonth> months) {
        Map<YearMonth, Long> counts =
                months.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<YearMonth, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static Optional<LocalDate> firstDate(String line) {
        Matcher dates = ReportTable.DATE_IN_TEXT.matcher(line);
        while (dates.find()) {
            Optional<LocalDate> day = day(dates.group());
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> day(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException next) {
                // the next format
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter format(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
