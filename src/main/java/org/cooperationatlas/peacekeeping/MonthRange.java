package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The months from one to another, both included; a single month is a range of one. */
public record MonthRange(YearMonth from, YearMonth to) {

    public MonthRange {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("A range of months runs from a month to the same or a later one");
        }
    }

    public static MonthRange of(YearMonth month) {
        return new MonthRange(month, month);
    }

    /** The range written as in an address ("2017-08" and "2018-07"), or empty when either is not a month. */
    public static Optional<MonthRange> parse(String from, String to) {
        try {
            YearMonth first = YearMonth.parse(from);
            YearMonth last = to == null || to.isBlank() ? first : YearMonth.parse(to);
            return first.isAfter(last) ? Optional.empty() : Optional.of(new MonthRange(first, last));
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            return Optional.empty();
        }
    }

    public boolean isSingleMonth() {
        return from.equals(to);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day of the last month: contribution lines are stored under the first day of their month. */
    public LocalDate lastMonthDay() {
        return to.atDay(1);
    }

    /** The first whole calendar year inside the range. */
    int firstWholeYear() {
        return from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
    }

    /** The last whole calendar year inside the range. */
    int lastWholeYear() {
        return to.getMonthValue() == 12 ? to.getYear() : to.getYear() - 1;
    }
}
