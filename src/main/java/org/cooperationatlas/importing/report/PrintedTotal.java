package org.cooperationatlas.importing.report;

import java.util.List;
import java.util.Map;

/**
 * A total the report prints (a mission's, a country's, a country's within a mission, the grand total) with the page
 * it stands on and the rows it adds up.
 */
public record PrintedTotal(Level level, String name, int page, Map<CountKey, Integer> printed, List<ReportRow> rows) {

    public enum Level {
        GRAND,
        MISSION,
        COUNTRY
    }

    public PrintedTotal {
        printed = Map.copyOf(printed);
        rows = List.copyOf(rows);
    }

    /** What the rows read add up to, for one of the counts printed. */
    int read(CountKey key) {
        return rows.stream().mapToInt(row -> row.count(key)).sum();
    }
}
