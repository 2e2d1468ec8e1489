package org.cooperationatlas.intake;

import java.time.LocalDate;
import org.cooperationatlas.base.domain.DatePrecision;

/**
 * A period a sentence names, and where: one year, month or day ("in 2016", "May 2016"), a range ("from 2012 to
 * March 2017"), a start to the article's date ("since 2000"), or years after the period before ("a year later",
 * {@code laterYears}). A range or a start is a total over its time: the figures it dates are cumulative.
 */
record PeriodMention(
        LocalDate from,
        DatePrecision fromPrecision,
        LocalDate to,
        DatePrecision toPrecision,
        boolean range,
        int laterYears,
        int start,
        int end) {

    static PeriodMention point(LocalDate day, DatePrecision precision, int start, int end) {
        return new PeriodMention(day, precision, null, null, false, 0, start, end);
    }

    static PeriodMention later(int years, int start, int end) {
        return new PeriodMention(null, null, null, null, false, years, start, end);
    }

    boolean isLater() {
        return from == null;
    }

    /** The last day the period reaches, for comparing periods. */
    LocalDate lastDay() {
        if (to != null) {
            return toPrecision.lastDay(to);
        }
        return from == null ? null : fromPrecision.lastDay(from);
    }

    LocalDate firstDay() {
        return from == null ? null : fromPrecision.firstDay(from);
    }

    /** Whether this period lies within the other (a year of a range, a month of a year). */
    boolean within(PeriodMention other) {
        return from != null
                && other.from != null
                && !firstDay().isBefore(other.firstDay())
                && !lastDay().isAfter(other.lastDay());
    }
}
