package org.cooperationatlas.base.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A span of time as a source states it: a start with its precision and an optional end with its own.
 * Without an end it is a single point of its precision ("May 2016"), or open-ended when ongoing.
 */
public record DatedPeriod(
        LocalDate start, DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision, boolean ongoing) {

    public LocalDate firstDay() {
        return startPrecision.firstDay(start);
    }

    /** The last day covered, or null when the period is still running. */
    public LocalDate lastDay() {
        if (end != null) {
            return endPrecision.lastDay(end);
        }
        return ongoing ? null : startPrecision.lastDay(start);
    }

    public String format(Locale locale) {
        String from = startPrecision.format(start, locale);
        if (end != null) {
            return from + " – " + endPrecision.format(end, locale);
        }
        return ongoing ? from + " – " : from;
    }
}
