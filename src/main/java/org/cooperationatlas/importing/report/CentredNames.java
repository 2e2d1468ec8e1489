package org.cooperationatlas.importing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.cooperationatlas.country.CountryNames;

/**
 * Gives rows to the names printed beside them in the middle of their rows (the UN's tables since 2021): a name
 * stands on its only row, on the middle one of an odd number, or between the two middle ones of an even number.
 * The rows from the first that has no name yet, down to the one at which their middle reaches the name's height,
 * are that name's, and their middle must then be at its height. A name that stands above its first row heads
 * the rows down to the next name instead.
 *
 * <p>Where a name's rows run on over a page break, the report prints the name either in the middle of the rows on
 * each page, or (in some months) in the middle of all of them as if the pages were one, on both pages or on one
 * of them. Each page break is tried both ways, and the reading in which every name is the middle of its rows
 * is taken.
 */
final class CentredNames {

    private static final float TOLERANCE = 3f;
    private static final int MOST_BREAKS_TRIED = 10;

    private CentredNames() {}

    /** A row of counts: its page and height on the page. */
    record Row(int page, float middle) {}

    /** A name as printed, and the row it stands on if it stands on one (-1 if it stands between rows). */
    record Name(String text, int page, float middle, int row) {}

    /** The name of each row (null where none could be given) and the names whose rows are not where they should be. */
    record Reading(List<String> names, List<Name> misplaced) {}

    static Reading read(List<Row> rows, List<Name> names, IntFunction<Float> pitch) {
        List<Integer> pages = new ArrayList<>();
        rows.forEach(row -> {
            if (!pages.contains(row.page())) {
                pages.add(row.page());
            }
        });
        int breaks = Math.max(0, pages.size() - 1);
        Reading best = null;
        int tries = breaks <= MOST_BREAKS_TRIED ? 1 << breaks : 2;
        for (int attempt = 0; attempt < tries; attempt++) {
            // Without a choice per break (too many of them), all as one and all apart are tried.
            int joined = breaks <= MOST_BREAKS_TRIED ? attempt : (attempt == 0 ? 0 : (1 << breaks) - 1);
            Reading reading = read(rows, names, pitch, pages, joined);
            if (best == null || reading.misplaced().size() < best.misplaced().size()) {
                best = reading;
            }
            if (best.misplaced().isEmpty()) {
                break;
            }
        }
        return best;
    }

    // Lays the pages out end to end: a break that joins them puts the next page's first row a line below the
    // previous page's last; one that does not puts it far enough away that no name's rows reach across.
    private static Reading read(
            List<Row> rows, List<Name> names, IntFunction<Float> pitch, List<Integer> pages, int joined) {
        float[] offsets = new float[pages.size()];
        for (int index = 1; index < pages.size(); index++) {
            int previousPage = pages.get(index - 1);
            Row last = null;
            Row first = null;
            for (Row row : rows) {
                if (row.page() == previousPage) {
                    last = row;
                }
                if (first == null && row.page() == pages.get(index)) {
                    first = row;
                }
            }
            float gap = (joined & (1 << (index - 1))) != 0 ? pitch.apply(previousPage) : 1000f;
            offsets[index] = offsets[index - 1] + last.middle() + gap - first.middle();
        }
        List<Name> placed = new ArrayList<>();
        for (Name name : names) {
            int page = pages.indexOf(name.page());
            float offset = page < 0
                    ? (name.page() < pages.get(0) ? -1000f : offsets[offsets.length - 1] + 1000f)
                    : offsets[page];
            Name moved = new Name(name.text(), name.page(), name.middle() + offset, name.row());
            Name previous = placed.isEmpty() ? null : placed.get(placed.size() - 1);
            // The same name printed on both pages of a break, at the same place of the whole.
            if (previous != null
                    && previous.row() < 0
                    && moved.row() < 0
                    && previous.page() != moved.page()
                    && CountryNames.fold(previous.text()).equals(CountryNames.fold(moved.text()))
                    && Math.abs(previous.middle() - moved.middle()) <= TOLERANCE) {
                continue;
            }
            placed.add(moved);
        }
        float[] positions = new float[rows.size()];
        for (int index = 0; index < rows.size(); index++) {
            positions[index] = rows.get(index).middle()
                    + offsets[pages.indexOf(rows.get(index).page())];
        }
        return assign(positions, placed);
    }

    private static Reading assign(float[] rows, List<Name> names) {
        List<String> given = new ArrayList<>();
        for (int index = 0; index < rows.length; index++) {
            given.add(null);
        }
        boolean[] anchored = new boolean[rows.length];
        names.stream().filter(name -> name.row() >= 0).forEach(name -> anchored[name.row()] = true);
        List<Name> misplaced = new ArrayList<>();
        int next = 0;
        for (int at = 0; at < names.size(); at++) {
            Name name = names.get(at);
            int first = next;
            if (first >= rows.length) {
                misplaced.add(name);
                continue;
            }
            int last = first;
            boolean fits;
            if (rows[first] > name.middle() + TOLERANCE) {
                float nextName = at + 1 < names.size() ? names.get(at + 1).middle() : Float.MAX_VALUE;
                while (last + 1 < rows.length && rows[last + 1] < nextName - TOLERANCE && !anchored[last + 1]) {
                    last++;
                }
                fits = true;
            } else {
                double sum = rows[first];
                while (sum / (last - first + 1) < name.middle() - TOLERANCE && last + 1 < rows.length) {
                    last++;
                    sum += rows[last];
                }
                fits = Math.abs(sum / (last - first + 1) - name.middle()) <= TOLERANCE;
                for (int index = first; index <= last; index++) {
                    if (anchored[index] && index != name.row()) {
                        fits = false;
                    }
                }
            }
            if (!fits) {
                misplaced.add(name);
            }
            for (int index = first; index <= last; index++) {
                given.set(index, name.text());
            }
            next = last + 1;
        }
        if (next < rows.length && !names.isEmpty()) {
            // Rows after the last name's: the last name's rows ran on beyond where the report centred it.
            misplaced.add(names.get(names.size() - 1));
            for (int index = next; index < rows.length; index++) {
                given.set(index, names.get(names.size() - 1).text());
            }
        }
        return new Reading(given, misplaced);
    }
}
