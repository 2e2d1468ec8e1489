package org.cooperationatlas.base.domain;

import java.time.LocalDate;

/**
 * The years the atlas takes a date or a year in, everywhere (forms, imports, the API, addresses): its records
 * and the UN's statistics lie well inside them, and a year like -5,000,000 is a typing or export error that
 * would otherwise make a chart of millions of empty years.
 */
public final class YearRange {

    public static final int FIRST = 1800;
    public static final int LAST = 2100;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST, 12, 31);

    private YearRange() {}

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** Whether the day is in range; no day at all is not out of range. */
    public static boolean contains(LocalDate day) {
        return day == null || contains(day.getYear());
    }
}
