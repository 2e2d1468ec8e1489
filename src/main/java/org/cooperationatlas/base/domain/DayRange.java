package org.cooperationatlas.base.domain;

import java.time.LocalDate;
import java.util.Locale;

/** Writes a from–to span of days at the coarsest precision its ends allow: "2016", "2012 – March 2017". */
public final class DayRange {

    private DayRange() {}

    public static String format(LocalDate from, LocalDate to, Locale locale) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null) {
            LocalDate only = from == null ? to : from;
            return DatePrecision.DAY.format(only, locale);
        }
        DatePrecision fromPrecision = from.getDayOfYear() == 1 && coversYearEnd(to)
                ? DatePrecision.YEAR
                : from.getDayOfMonth() == 1 && to.equals(DatePrecision.MONTH.lastDay(to))
                        ? DatePrecision.MONTH
                        : DatePrecision.DAY;
        DatePrecision toPrecision = coversYearEnd(to) && fromPrecision == DatePrecision.YEAR
                ? DatePrecision.YEAR
                : to.equals(DatePrecision.MONTH.lastDay(to)) && fromPrecision != DatePrecision.DAY
                        ? DatePrecision.MONTH
                        : DatePrecision.DAY;
        String start = fromPrecision.format(from, locale);
        String end = toPrecision.format(to, locale);
        return start.equals(end) ? start : start + " – " + end;
    }

    private static boolean coversYearEnd(LocalDate day) {
        return day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
    }
}
