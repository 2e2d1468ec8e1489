package org.cooperationatlas.importing.report;

import java.util.ArrayList;
import java.util.List;
import org.cooperationatlas.country.CountryNames;

/**
 * Reads a report's table into rows of personnel and the totals it prints, whatever its order of groups: country
 * first (a country, then its missions), mission first (a mission, then its countries), flat (both on every row),
 * or countries alone. The outer group's name stands above its rows. The inner group's name stands above its
 * rows, or on its first row, or, in the UN's tables since 2021, centred beside its rows (on the middle one, or
 * between two of them): a row is then given to the name whose height is the middle of its rows.
 */
final class TableReading {

    private final ReportTable table;
    private final boolean missionFirst;
    private final boolean hasMissions;
    private final boolean wide;
    private final boolean centred;

    private final List<ReportRow> rows = new ArrayList<>();
    private final List<PrintedTotal> totals = new ArrayList<>();
    private final List<Structure> problems = new ArrayList<>();

    // The outer group: its name and rows; the inner group's rows, and for centred names what waits to be given out.
    private String outer;
    private List<Pending> outerRows = new ArrayList<>();
    private String inner;
    private List<Pending> innerRows = new ArrayList<>();
    private final List<Pending> block = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private HeaderTotal outerHeaderTotal;
    private HeaderTotal innerHeaderTotal;
    private final List<Pending> all = new ArrayList<>();
    private final List<PendingTotal> pendingTotals = new ArrayList<>();
    private boolean rowsSinceTotal;
    private boolean lastTotalInner;
    private TableRow previous;

    private final TableGeometry geometry;

    private TableReading(ReportTable table) {
        this.table = table;
        this.geometry = TableGeometry.of(table);
        this.hasMissions = table.has(Column.Role.MISSION);
        this.missionFirst = table.missionFirst();
        this.wide = !table.has(Column.Role.PERSONNEL_TYPE);
        this.centred = missionFirst
                && table.has(Column.Role.COUNTRY)
                && !innerHeaderTotals(table)
                && geometry.namesStandBetweenRows();
    }

    static TableReading of(ReportTable table) {
        TableReading reading = new TableReading(table);
        reading.readAll();
        return reading;
    }

    List<ReportRow> rows() {
        return rows;
    }

    List<PrintedTotal> totals() {
        return totals;
    }

    /** What could not be read for the table's own form: a row no name can be given to, a total naming no group. */
    List<Structure> problems() {
        return problems;
    }

    boolean hasMissions() {
        return hasMissions;
    }

    /** A structural problem: its message key, page and what it names. */
    record Structure(String messageKey, int page, String text) {}

    private static boolean innerHeaderTotals(ReportTable table) {
        return table.rows().stream()
                .anyMatch(row -> row.country() != null
                        && row.type() == null
                        && row.hasCounts()
                        && table.has(Column.Role.PERSONNEL_TYPE));
    }

    private void readAll() {
        for (TableRow row : table.rows()) {
            read(row);
            previous = row;
        }
        closeOuter();
        resolveTotals();
    }

    private String outerOf(TableRow row) {
        return missionFirst ? row.mission() : row.country();
    }

    private String innerOf(TableRow row) {
        return missionFirst ? row.country() : row.mission();
    }

    private void read(TableRow row) {
        boolean totalLabel = row.labels().stream().anyMatch(TableReading::saysTotal);
        boolean data = wide
                ? row.hasCounts() && !totalLabel && (outerOf(row) != null || innerOf(row) != null || outer != null)
                : row.type() != null && row.hasCounts();
        if (data) {
            dataRow(row);
        } else if (row.hasCounts()) {
            totalRow(row, totalLabel);
        } else if (outerOf(row) != null || innerOf(row) != null) {
            nameRow(row);
        }
        // A line with no count and no name (a stray word, a count of lines without a total) says nothing.
    }

    private void dataRow(TableRow row) {
        String outerName = outerOf(row);
        if (outerName != null && !same(outerName, outer)) {
            openOuter(outerName);
        }
        Pending pending = new Pending(row);
        String innerName = innerOf(row);
        if (centred) {
            if (innerName != null) {
                labels.add(new Label(innerName, row.page(), row.middle(), pending));
            }
            block.add(pending);
        } else {
            if (innerName != null && !same(innerName, inner)) {
                openInner(innerName, null);
            }
            pending.inner = inner;
            innerRows.add(pending);
        }
        outerRows.add(pending);
        all.add(pending);
        rowsSinceTotal = true;
    }

    private void nameRow(TableRow row) {
        if (continuesName(row)) {
            return;
        }
        String outerName = outerOf(row);
        if (outerName != null) {
            openOuter(outerName);
            return;
        }
        String innerName = innerOf(row);
        if (centred) {
            Label last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
            // A long name printed on two lines, one above and one below the middle of its only row.
            if (last != null
                    && last.anchor() == null
                    && last.page() == row.page()
                    && row.middle() - last.middle() < 0.6f * geometry.pitch(row.page())) {
                labels.set(labels.size() - 1, last.joined(innerName, row));
            } else {
                labels.add(new Label(innerName, row.page(), row.middle(), null));
            }
        } else {
            openInner(innerName, null);
        }
    }

    // A name printed on two lines: the second line stands right under the first, in the same column.
    private boolean continuesName(TableRow row) {
        if (previous == null || previous.page() != row.page() || row.hasCounts()) {
            return false;
        }
        if (row.middle() - previous.middle() > 0.75f * geometry.pitch(row.page())) {
            return false;
        }
        String more = innerOf(row) != null ? innerOf(row) : outerOf(row);
        if (innerOf(row) != null && innerOf(previous) != null && outerOf(row) == null) {
            if (centred && !labels.isEmpty()) {
                Label last = labels.remove(labels.size() - 1);
                labels.add(last.joined(more, row));
            } else if (!centred) {
                rename(innerRows, inner, inner + " " + more);
                inner = inner + " " + more;
            }
            return true;
        }
        if (outerOf(row) != null && outerOf(previous) != null && innerOf(row) == null) {
            rename(outerRows, outer, outer + " " + more);
            outer = outer + " " + more;
            return true;
        }
        return false;
    }

    private void rename(List<Pending> pending, String from, String to) {
        if (pending == outerRows) {
            pending.forEach(row -> row.outer = to);
        } else {
            pending.stream()
                    .filter(row -> from != null && from.equals(row.inner))
                    .forEach(row -> row.inner = to);
        }
    }

    private void totalRow(TableRow row, boolean totalLabel) {
        String outerName = outerOf(row);
        String innerName = innerOf(row);
        if (!totalLabel && row.labels().isEmpty() && (outerName != null || innerName != null)) {
            // A name with its counts above its rows: the group's total, printed first (2021's tables).
            if (outerName != null) {
                openOuter(outerName);
                outerHeaderTotal = new HeaderTotal(levelOf(true), outerName, row);
            } else {
                openInner(innerName, new HeaderTotal(levelOf(false), innerName, row));
            }
            return;
        }
        String label = String.join(" ", row.labels());
        if (outerName != null || innerName != null) {
            label = (label + " " + (outerName != null ? outerName : innerName)).strip();
        }
        flushCentred();
        PendingTotal total = trailingTotal(label, row);
        if (total != null) {
            pendingTotals.add(total);
            lastTotalInner = total.inner();
        }
        rowsSinceTotal = false;
    }

    private PendingTotal trailingTotal(String label, TableRow row) {
        String named = withoutTotalWords(label);
        if (named.contains("grand")) {
            return new PendingTotal(PrintedTotal.Level.GRAND, "", row, List.copyOf(all), false);
        }
        if (named.isEmpty()) {
            // Unnamed, it adds up the group above the last total: the outer group after rows or an inner total,
            // everything after an outer total.
            if (rowsSinceTotal || lastTotalInner) {
                return new PendingTotal(levelOf(true), outer, row, List.copyOf(outerRows), false);
            }
            return new PendingTotal(PrintedTotal.Level.GRAND, "", row, List.copyOf(all), false);
        }
        boolean country = named.equals("country") || named.equals("contributor");
        boolean mission = named.equals("mission");
        if (country || mission) {
            boolean outerLevel = missionFirst ? mission : country;
            return outerLevel
                    ? new PendingTotal(levelOf(true), outer, row, List.copyOf(outerRows), false)
                    : new PendingTotal(levelOf(false), inner, row, List.copyOf(innerRows), true);
        }
        if (names(named, outer)) {
            return new PendingTotal(levelOf(true), outer, row, List.copyOf(outerRows), false);
        }
        if (names(named, inner)) {
            return new PendingTotal(levelOf(false), inner, row, List.copyOf(innerRows), true);
        }
        problems.add(new Structure("import.report.unknownTotal", row.page(), label));
        return null;
    }

    private PrintedTotal.Level levelOf(boolean outerLevel) {
        boolean mission = missionFirst == outerLevel;
        return mission && hasMissions ? PrintedTotal.Level.MISSION : PrintedTotal.Level.COUNTRY;
    }

    private static String withoutTotalWords(String text) {
        return CountryNames.fold(text)
                .replaceAll("\\b(total|totals|for|by|of|the)\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static boolean names(String folded, String name) {
        if (name == null) {
            return false;
        }
        String other = withoutTotalWords(name);
        return folded.equals(other) || other.startsWith(folded) || folded.startsWith(other);
    }

    private static boolean same(String one, String other) {
        return other != null && CountryNames.fold(one).equals(CountryNames.fold(other));
    }

    private static boolean saysTotal(String text) {
        return (" " + CountryNames.fold(text) + " ").contains(" total ");
    }

    private void openOuter(String name) {
        closeOuter();
        outer = name;
    }

    private void closeOuter() {
        flushCentred();
        closeInner();
        if (outerHeaderTotal != null) {
            pendingTotals.add(outerHeaderTotal.closed(outerRows));
            outerHeaderTotal = null;
        }
        outerRows = new ArrayList<>();
        inner = null;
    }

    private void openInner(String name, HeaderTotal headerTotal) {
        closeInner();
        inner = name;
        innerHeaderTotal = headerTotal;
    }

    private void closeInner() {
        if (innerHeaderTotal != null) {
            pendingTotals.add(innerHeaderTotal.closed(innerRows));
            innerHeaderTotal = null;
        }
        innerRows = new ArrayList<>();
    }

    // Gives each row that waits to the name centred beside it (see CentredNames).
    private void flushCentred() {
        if (!centred || (block.isEmpty() && labels.isEmpty())) {
            return;
        }
        List<CentredNames.Row> rowsWaiting = block.stream()
                .map(pending -> new CentredNames.Row(pending.row.page(), pending.row.middle()))
                .toList();
        List<CentredNames.Name> names = labels.stream()
                .map(label -> new CentredNames.Name(
                        label.name(),
                        label.page(),
                        label.middle(),
                        label.anchor() == null ? -1 : block.indexOf(label.anchor())))
                .toList();
        CentredNames.Reading reading = CentredNames.read(rowsWaiting, names, geometry::pitch);
        for (int index = 0; index < block.size(); index++) {
            String name = reading.names().get(index);
            block.get(index).inner = name != null ? name : inner;
            if (name == null && inner == null) {
                problems.add(new Structure(
                        "import.report.rowsWithoutName", block.get(index).row.page(), ""));
            }
        }
        reading.misplaced()
                .forEach(
                        name -> problems.add(new Structure("import.report.rowsWithoutName", name.page(), name.text())));
        if (!labels.isEmpty()) {
            inner = labels.get(labels.size() - 1).name();
        }
        block.clear();
        labels.clear();
    }

    private void resolveTotals() {
        for (Pending row : all) {
            ReportRow read = row.read(missionFirst, hasMissions);
            row.read = read;
            rows.add(read);
        }
        for (PendingTotal total : pendingTotals) {
            totals.add(new PrintedTotal(
                    total.level,
                    total.name == null ? "" : total.name,
                    total.row.page(),
                    total.row.counts(),
                    total.rows.stream().map(pending -> pending.read).toList()));
        }
    }

    /** A row read, whose inner name may be given out only once its neighbours are read. */
    private final class Pending {
        final TableRow row;
        String outer;
        String inner;
        ReportRow read;

        Pending(TableRow row) {
            this.row = row;
            this.outer = TableReading.this.outer;
        }

        ReportRow read(boolean missionFirst, boolean hasMissions) {
            String mission = missionFirst ? outer : inner;
            String country = missionFirst ? inner : outer;
            return new ReportRow(row.page(), hasMissions ? mission : null, country, row.type(), row.counts());
        }
    }

    /** An inner group's name, where it stands, and the row it stands on (null if it stands between rows). */
    private record Label(String name, int page, float middle, Pending anchor) {

        Label joined(String more, TableRow row) {
            float joinedMiddle = anchor != null ? middle : (middle + row.middle()) / 2;
            return new Label(name + " " + more, page, joinedMiddle, anchor);
        }
    }

    private record HeaderTotal(PrintedTotal.Level level, String name, TableRow row) {
        PendingTotal closed(List<Pending> rows) {
            return new PendingTotal(level, name, row, List.copyOf(rows), false);
        }
    }

    private record PendingTotal(
            PrintedTotal.Level level, String name, TableRow row, List<Pending> rows, boolean inner) {}
}
