package org.cooperationatlas.importing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a table's lines stand on its pages: how far apart, at their most common (a name's second line stands
 * closer), and whether a name on a line of its own heads its rows or stands centred beside them.
 */
final class TableGeometry {

    private static final float USUAL_PITCH = 14f;

    private final List<TableRow> rows;
    private final Map<Integer, Float> pitches;

    private TableGeometry(List<TableRow> rows, Map<Integer, Float> pitches) {
        this.rows = rows;
        this.pitches = pitches;
    }

    static TableGeometry of(ReportTable table) {
        Map<Integer, List<Float>> gaps = new LinkedHashMap<>();
        TableRow last = null;
        for (TableRow row : table.rows()) {
            if (last != null && last.page() == row.page()) {
                gaps.computeIfAbsent(row.page(), page -> new ArrayList<>()).add(row.middle() - last.middle());
            }
            last = row;
        }
        Map<Integer, Float> pitches = new LinkedHashMap<>();
        gaps.forEach((page, list) -> {
            List<Float> sorted = list.stream().sorted().toList();
            pitches.put(page, sorted.get(sorted.size() / 2));
        });
        return new TableGeometry(table.rows(), pitches);
    }

    float pitch(int page) {
        return pitches.getOrDefault(page, USUAL_PITCH);
    }

    /**
     * Whether the names on lines of their own stand between rows of counts, half a line from the rows above and
     * below (centred beside their rows), rather than a line above their first row (heading them): whichever
     * most of them do.
     */
    boolean namesStandBetweenRows() {
        int between = 0;
        int heading = 0;
        for (int index = 1; index + 1 < rows.size(); index++) {
            TableRow row = rows.get(index);
            TableRow above = rows.get(index - 1);
            TableRow below = rows.get(index + 1);
            boolean name = !row.hasCounts() && row.country() != null && row.mission() == null;
            boolean amongCounts = above.hasCounts() && below.hasCounts();
            boolean samePage = above.page() == row.page() && below.page() == row.page();
            if (!name || !amongCounts || !samePage) {
                continue;
            }
            if (below.middle() - above.middle() < 1.5f * pitch(row.page())) {
                between++;
            } else {
                heading++;
            }
        }
        return between > heading;
    }
}
