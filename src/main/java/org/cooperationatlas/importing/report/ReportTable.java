package org.cooperationatlas.importing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.importing.report.PdfText.TextLine;
import org.cooperationatlas.importing.report.PdfText.Word;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * A report's table: the header that names its columns (found on every page that repeats it, since a page's columns
 * may stand a little apart from another's), the title above the first header, and each line below a header with
 * its words put under the columns they stand in. Page footers ("Page 3 of 30", "Report Generated On: …") and the
 * title and header that a page repeats are left out.
 */
final class ReportTable {

    static final Pattern COUNT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    static final Pattern DATE_IN_TEXT =
            Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}-[A-Za-z]{3}-\\d{2,4}|\\d{4}-\\d{2}-\\d{2}");
    static final Pattern DATE = Pattern.compile("(" + DATE_IN_TEXT.pattern() + ")");
    private static final Pattern TYPE_AT_END = Pattern.compile(
            "(?i)(?:^|\\s)(contingent troops?|troops?|individual police|civilian police|police|formed police units?|fpu"
                    + "|experts on mission|military experts on mission|experts|military observers?|observers?"
                    + "|staff officers?|staff)$");
    private static final Pattern FOOTER =
            Pattern.compile("(?i).*\\bpage \\d+ of \\d+.*|\\s*(report )?(generated|printed) on\\b.*");

    private final List<TextLine> title;
    private final List<Column> columns;
    private final List<TableRow> rows;

    private ReportTable(List<TextLine> title, List<Column> columns, List<TableRow> rows) {
        this.title = title;
        this.columns = columns;
        this.rows = rows;
    }

    /** The table of the text; empty when no page has a header the atlas knows. */
    static Optional<ReportTable> of(PdfText text) {
        Map<Integer, List<TextLine>> pages = new LinkedHashMap<>();
        text.lines()
                .forEach(line -> pages.computeIfAbsent(line.page(), page -> new ArrayList<>())
                        .add(line));
        List<TextLine> title = null;
        List<Column> first = null;
        List<Column> columns = null;
        List<TableRow> rows = new ArrayList<>();
        for (List<TextLine> lines : pages.values()) {
            int header = -1;
            List<Column> found = null;
            for (int index = 0; index < lines.size() && found == null; index++) {
                found = header(lines, index);
                header = index;
            }
            int start = 0;
            if (found != null) {
                columns = found.stream()
                        .sorted(Comparator.comparingDouble(Column::x0))
                        .toList();
                start = header + 1 + continuationLines(lines, header);
                if (first == null) {
                    first = columns;
                    title = List.copyOf(lines.subList(0, header));
                }
            }
            if (columns == null) {
                continue;
            }
            for (int index = start; index < lines.size(); index++) {
                TextLine line = lines.get(index);
                if (FOOTER.matcher(line.text()).matches()) {
                    break;
                }
                // A page that repeats the title but not the header (it happens) begins with the title.
                if (found == null && repeatsTitle(title, line)) {
                    continue;
                }
                rows.add(cells(line, columns));
            }
        }
        return first == null ? Optional.empty() : Optional.of(new ReportTable(title, first, List.copyOf(rows)));
    }

    private static boolean repeatsTitle(List<TextLine> title, TextLine line) {
        return title.stream().anyMatch(titleLine -> titleLine.text().equals(line.text()));
    }

    List<TextLine> title() {
        return title;
    }

    List<Column> columns() {
        return columns;
    }

    List<TableRow> rows() {
        return rows;
    }

    boolean has(Column.Role role) {
        return columns.stream().anyMatch(column -> column.role() == role);
    }

    /** Whether the mission is named before the country: the missions are then the table's outer groups. */
    boolean missionFirst() {
        int mission = columns.indexOf(columns.stream()
                .filter(column -> column.role() == Column.Role.MISSION)
                .findFirst()
                .orElse(null));
        int country = columns.indexOf(columns.stream()
                .filter(column -> column.role() == Column.Role.COUNTRY)
                .findFirst()
                .orElse(null));
        return mission >= 0 && (country < 0 || mission < country);
    }

    // A header names at least three columns, counts among them, and a country or a mission; the words of the
    // line below it that stand under its columns belong to them ("Experts on" over "Mission") when they make it
    // name more columns.
    private static List<Column> header(List<TextLine> lines, int index) {
        List<Phrase> phrases = Phrase.of(lines.get(index).words());
        List<Column> columns = recognised(phrases);
        if (columns.size() < 3) {
            return null;
        }
        List<Column> widened = widened(lines, index, phrases);
        if (widened != null) {
            columns = widened;
        }
        boolean counts = columns.stream().anyMatch(Column::isCount);
        boolean names = columns.stream()
                .anyMatch(column -> column.role() == Column.Role.COUNTRY || column.role() == Column.Role.MISSION);
        return counts && names && columns.size() * 3 >= phrases.size() * 2 ? columns : null;
    }

    // The columns with the next line's words joined to the phrases they stand under, if that makes more of them.
    private static List<Column> widened(List<TextLine> lines, int header, List<Phrase> phrases) {
        if (header + 1 >= lines.size() || !underHeader(lines.get(header), lines.get(header + 1))) {
            return null;
        }
        List<Phrase> widened = new ArrayList<>(phrases);
        for (Phrase below : Phrase.of(lines.get(header + 1).words())) {
            for (int at = 0; at < widened.size(); at++) {
                Phrase above = widened.get(at);
                if (below.x0() < above.x1() + 2 && below.x1() > above.x0() - 2) {
                    widened.set(at, above.joined(below));
                    break;
                }
            }
        }
        List<Column> before = recognised(phrases);
        List<Column> after = recognised(widened);
        return after.size() > before.size() ? after : null;
    }

    private static List<Column> recognised(List<Phrase> phrases) {
        List<Column> columns = new ArrayList<>();
        for (Phrase phrase : phrases) {
            HeaderWords.column(phrase.text(), phrase.x0(), phrase.x1()).ifPresent(columns::add);
        }
        return columns;
    }

    // The second line of a header: close below it, no numbers, every word under one of its phrases.
    private static boolean underHeader(TextLine line, TextLine next) {
        float height = line.bottom() - line.top();
        if (next.top() - line.bottom() > 2 * height) {
            return false;
        }
        List<Phrase> above = Phrase.of(line.words());
        for (Word word : next.words()) {
            if (COUNT.matcher(word.text()).matches()
                    || DATE.matcher(word.text()).matches()) {
                return false;
            }
            if (above.stream().noneMatch(phrase -> word.x0() < phrase.x1() + 2 && word.x1() > phrase.x0() - 2)) {
                return false;
            }
        }
        return true;
    }

    private static int continuationLines(List<TextLine> lines, int header) {
        return header + 1 < lines.size()
                        && widened(lines, header, Phrase.of(lines.get(header).words())) != null
                ? 1
                : 0;
    }

    private static TableRow cells(TextLine line, List<Column> columns) {
        String mission = null;
        String country = null;
        PersonnelType type = null;
        String date = null;
        Map<CountKey, Integer> counts = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        boolean hasTypeColumn = columns.stream().anyMatch(column -> column.role() == Column.Role.PERSONNEL_TYPE);
        List<Phrase> phrases = Phrase.of(line.words());
        if (hasTypeColumn) {
            phrases = phrases.stream()
                    .flatMap(phrase -> typeApart(phrase).stream())
                    .toList();
        }
        for (Phrase phrase : phrases) {
            String text = phrase.text();
            if (phrase.number()) {
                Column column = columnAt(columns, phrase.centre());
                int value = Integer.parseInt(text.replace(",", ""));
                if (column != null && column.isCount() && !counts.containsKey(CountKey.of(column))) {
                    counts.put(CountKey.of(column), value);
                } else {
                    stray.add(value);
                }
                continue;
            }
            if (DATE.matcher(text).matches()) {
                date = text;
                continue;
            }
            boolean total = (" " + CountryNames.fold(text) + " ").contains(" total ");
            Optional<PersonnelType> named = total || !hasTypeColumn ? Optional.empty() : PersonnelType.named(text);
            if (named.isPresent() && type == null) {
                type = named.get();
                continue;
            }
            Column column = total ? null : columnAt(columns, phrase.x0() + 1);
            if (column != null && column.role() == Column.Role.MISSION && mission == null) {
                mission = text;
            } else if (column != null && column.role() == Column.Role.COUNTRY && country == null) {
                country = text;
            } else {
                labels.add(text);
            }
        }
        return new TableRow(
                line.page(),
                line.top(),
                line.middle(),
                line.bottom(),
                mission,
                country,
                type,
                date,
                counts,
                List.copyOf(labels),
                List.copyOf(stray),
                line.text());
    }

    // A name cut to its column's width can stand as close to the type beside it as two words of one phrase do
    // ("United Kingdom Staff Officer"): the words that name a personnel type at its end are a phrase of their own.
    private static List<Phrase> typeApart(Phrase phrase) {
        if (phrase.number()) {
            return List.of(phrase);
        }
        var type = TYPE_AT_END.matcher(phrase.text());
        if (!type.find() || type.start() == 0) {
            return List.of(phrase);
        }
        String before = phrase.text().substring(0, type.start()).strip();
        String after = type.group().strip();
        // The split falls where the type's first letter stands, in proportion to the phrase's letters.
        float at = phrase.x0()
                + (phrase.x1() - phrase.x0()) * type.start() / phrase.text().length();
        return List.of(new Phrase(before, phrase.x0(), at, false), new Phrase(after, at, phrase.x1(), false));
    }

    // Each column reaches halfway to its neighbours' headers.
    private static Column columnAt(List<Column> columns, float x) {
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            float left = index == 0 ? -Float.MAX_VALUE : (columns.get(index - 1).x1() + column.x0()) / 2;
            float right = index == columns.size() - 1
                    ? Float.MAX_VALUE
                    : (column.x1() + columns.get(index + 1).x0()) / 2;
            if (x >= left && x < right) {
                return column;
            }
        }
        return null;
    }

    /** Words that stand close together make one phrase; a number or a date always stands alone. */
    record Phrase(String text, float x0, float x1, boolean number) {

        float centre() {
            return (x0 + x1) / 2;
        }

        Phrase joined(Phrase below) {
            return new Phrase(text + " " + below.text, Math.min(x0, below.x0), Math.max(x1, below.x1), false);
        }

        static List<Phrase> of(List<Word> words) {
            List<Phrase> phrases = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float x0 = 0;
            float x1 = 0;
            for (Word word : words) {
                boolean alone = COUNT.matcher(word.text()).matches()
                        || DATE.matcher(word.text()).matches();
                boolean close = text.length() > 0 && word.x0() - x1 < Math.max(3.5f, 0.6f * word.height());
                if (alone || !close) {
                    if (text.length() > 0) {
                        phrases.add(new Phrase(text.toString(), x0, x1, false));
                        text.setLength(0);
                    }
                }
                if (alone) {
                    phrases.add(new Phrase(
                            word.text(),
                            word.x0(),
                            word.x1(),
                            COUNT.matcher(word.text()).matches()));
                    continue;
                }
                if (text.length() == 0) {
                    x0 = word.x0();
                } else {
                    text.append(' ');
                }
                text.append(word.text());
                x1 = word.x1();
            }
            if (text.length() > 0) {
                phrases.add(new Phrase(text.toString(), x0, x1, false));
            }
            return phrases;
        }
    }
}
