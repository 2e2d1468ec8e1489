package org.cooperationatlas.importing.report;

import java.util.List;
import java.util.Map;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * One line of a report's table, its words put in the columns they stand under: a mission, a country, a personnel
 * type, counts, a date; what stands in no column of its own (a total's label, a count where no count column is)
 * is kept apart.
 */
record TableRow(
        int page,
        float top,
        float middle,
        float bottom,
        String mission,
        String country,
        PersonnelType type,
        String date,
        Map<CountKey, Integer> counts,
        List<String> labels,
        List<Integer> strayNumbers,
        String text) {

    boolean hasCounts() {
        return !counts.isEmpty();
    }

    boolean hasText() {
        return mission != null || country != null || type != null || !labels.isEmpty();
    }

    Integer count(CountKey key) {
        return counts.get(key);
    }
}
