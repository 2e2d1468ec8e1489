package org.cooperationatlas.base.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A month as a reader writes it: "August 2017", "2017年8月". */
public final class MonthText {

    private MonthText() {}

    public static String of(YearMonth month, Locale locale) {
        String pattern = "zh".equals(locale.getLanguage()) ? "y年M月" : "MMMM y";
        return month.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** Months in order as runs of consecutive ones: "March 2018 – August 2019, October 2019". */
    public static String runs(java.util.List<YearMonth> months, Locale locale) {
        java.util.List<String> runs = new java.util.ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (YearMonth month : new java.util.TreeSet<>(months)) {
            if (last != null && month.equals(last.plusMonths(1))) {
                last = month;
                continue;
            }
            if (first != null) {
                runs.add(of(first, last, locale));
            }
            first = month;
            last = month;
        }
        if (first != null) {
            runs.add(of(first, last, locale));
        }
        return String.join(", ", runs);
    }

    /** "August 2017" for one month, "August 2017 – July 2018" for several. */
    public static String of(YearMonth from, YearMonth to, Locale locale) {
        return from.equals(to) ? of(from, locale) : of(from, locale) + " – " + of(to, locale);
    }
}
