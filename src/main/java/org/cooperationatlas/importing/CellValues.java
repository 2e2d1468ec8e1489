package org.cooperationatlas.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.YearRange;

/** Reads counts, numbers and dates as spreadsheets write them. Empty cells are empty, never zero. */
final class CellValues {

    private static final Pattern WHOLE = Pattern.compile("[+-]?(\\d{1,3}([, \u00A0\u202F]\\d{3})+|\\d+)");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    // What publishers write in a cell that has no count: statistical offices' "..", "NA", dashes.
    private static final Pattern NO_VALUE = Pattern.compile("(?i)n/?a|n\\.a\\.|null|none|-+|[\u2013\u2014]|\\.\\.");
    // A spreadsheet or pandas writes a whole count as "12.0" once its column holds an empty cell.
    private static final Pattern WHOLE_AS_DECIMAL = Pattern.compile("(\\d+)\\.0+");
    // A time of day after a date ("2017-07-31T00:00:00", "7/31/2017 12:00:00 AM") says nothing more about the day.
    private static final Pattern TIME_OF_DAY =
            Pattern.compile("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*([AaPp][Mm]|Z|[+-]\\d{2}:?\\d{2})?$");

    private static final List<DateTimeFormatter> DAYS = formatters(
            "uuuu-M-d",
            "d/M/uuuu",
            "d.M.uuuu",
            "d-MMM-uuuu",
            "d-MMM-uu",
            "d MMM uuuu",
            "d MMMM uuuu",
            "MMMM d, uuuu",
            "MMM d, uuuu",
            "uuuu/M/d",
            // American exports write the month first; a month's last day (the UN's reporting date) is never
            // ambiguous, and any other day is read the international way first.
            "M/d/uuuu");
    private static final List<DateTimeFormatter> MONTHS =
            formatters("uuuu-M", "uuuu/M", "M/uuuu", "MMM uuuu", "MMMM uuuu", "MMM-uu", "MMM-uuuu", "uuuuMM");

    private CellValues() {}

    /** A whole, non-negative count: "1,234" and "1 234" read as 1234. Throws with a message key otherwise. */
    static Integer count(String cell) throws CellException {
        if (cell.isEmpty() || NO_VALUE.matcher(cell).matches()) {
            return null;
        }
        var decimal = WHOLE_AS_DECIMAL.matcher(cell);
        if (decimal.matches()) {
            cell = decimal.group(1);
        }
        if (!WHOLE.matcher(cell).matches()) {
            throw new CellException("import.problem.notACount");
        }
        long value = Long.parseLong(cell.replaceAll("[, \u00A0\u202F+]", ""));
        if (value < 0) {
            throw new CellException("import.problem.negative");
        }
        if (value > Integer.MAX_VALUE) {
            throw new CellException("import.problem.notACount");
        }
        return (int) value;
    }

    static BigDecimal number(String cell) throws CellException {
        if (!DECIMAL.matcher(cell).matches()) {
            throw new CellException("import.problem.notANumber");
        }
        return new BigDecimal(cell.replace(",", ""));
    }

    /** The month a cell names, as its first day: "2017-07", "31/07/2017", "Jul 2017", "2017-07-31". */
    static LocalDate month(String cell) throws CellException {
        LocalDate month = dated(cell)
                .filter(dated -> dated.precision() != DatePrecision.YEAR)
                .map(Dated::day)
                .map(day -> day.withDayOfMonth(1))
                .orElseThrow(() -> new CellException("import.problem.badDate"));
        return inRange(month);
    }

    /** A date as precise as the cell: a year, a month or a day. */
    static Dated date(String cell) throws CellException {
        Dated dated = dated(cell).orElseThrow(() -> new CellException("import.problem.badDate"));
        inRange(dated.day());
        return dated;
    }

    private static LocalDate inRange(LocalDate day) throws CellException {
        if (!YearRange.contains(day)) {
            throw new CellException("import.problem.yearOutOfRange");
        }
        return day;
    }

    private static Optional<Dated> dated(String cell) {
        String text = cell.strip();
        if (YEAR.matcher(text).matches()) {
            return Optional.of(new Dated(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR));
        }
        text = TIME_OF_DAY.matcher(text).replaceFirst("").strip();
        for (DateTimeFormatter format : DAYS) {
            try {
                return Optional.of(new Dated(LocalDate.parse(text, format), DatePrecision.DAY));
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return Optional.of(new Dated(YearMonth.parse(text, format).atDay(1), DatePrecision.MONTH));
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> formatters(String... patterns) {
        return Arrays.stream(patterns)
                .map(pattern -> new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(pattern)
                        .toFormatter(Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
    }

    record Dated(LocalDate day, DatePrecision precision) {}

    /** A cell that does not hold what its column needs; the key says what is wrong. */
    static final class CellException extends Exception {
        CellException(String messageKey) {
            super(messageKey, null, false, false);
        }

        String messageKey() {
            return getMessage();
        }
    }
}
