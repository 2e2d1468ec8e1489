package org.cooperationatlas.importing.report;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * What the administrator said about a batch of reports, by file: the month a report is of, where it does not say
 * (or says wrongly), and the problems confirmed, which the report is then imported despite.
 */
public record ReportChoices(Map<String, YearMonth> months, Map<String, Set<String>> confirmed) {

    public static final ReportChoices NONE = new ReportChoices(Map.of(), Map.of());

    public ReportChoices {
        months = Map.copyOf(months);
        confirmed = Map.copyOf(confirmed);
    }

    YearMonth monthOf(String fileName) {
        return months.get(fileName);
    }

    Set<String> confirmedIn(String fileName) {
        return confirmed.getOrDefault(fileName, Set.of());
    }
}
