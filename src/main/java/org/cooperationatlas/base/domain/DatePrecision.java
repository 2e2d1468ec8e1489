package org.cooperationatlas.base.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How exactly a date is known: sources often give only "in 2016" or "in May 2016".
 * A date stored with a coarser precision keeps its first day, so that sorting still works.
 */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY;

    public LocalDate firstDay(LocalDate date) {
        return switch (this) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }

    public LocalDate lastDay(LocalDate date) {
        return switch (this) {
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case DAY -> date;
        };
    }

    public String format(LocalDate date, Locale locale) {
        return switch (this) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH ->
                DateTimeFormatter.ofPattern(monthPattern(locale), locale).format(date);
            case DAY ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
        };
    }

    private static String monthPattern(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "y年M月" : "MMMM y";
    }
}
