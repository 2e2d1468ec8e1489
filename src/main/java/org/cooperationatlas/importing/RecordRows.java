package org.cooperationatlas.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordStatus;
import org.cooperationatlas.source.Source;
import org.springframework.context.MessageSource;

/**
 * Turns the rows of a records file into record drafts: one row is a record and, optionally, one of its figures;
 * further rows with the same title, start and lead country add figures to it.
 */
final class RecordRows {

    private final UploadedCsv file;
    private final ColumnMapping mapping;
    private final CountryNames countries;
    private final Choices choices;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private final Map<RecordDraft.Key, RecordDraft> drafts = new LinkedHashMap<>();
    private int rowsWithProblems;

    private RecordRows(UploadedCsv file, ColumnMapping mapping, CountryNames countries, Choices choices) {
        this.file = file;
        this.mapping = mapping;
        this.countries = countries;
        this.choices = choices;
    }

    static RecordRows read(UploadedCsv file, ColumnMapping mapping, CountryNames countries, Choices choices) {
        RecordRows rows = new RecordRows(file, mapping, countries, choices);
        file.forEachRow(rows::add);
        return rows;
    }

    List<RecordDraft> drafts() {
        return List.copyOf(drafts.values());
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** What was accepted but is worth saying: countries recognised from a name cut short. */
    List<ImportProblem> notes() {
        return notes;
    }

    int rowsWithProblems() {
        return rowsWithProblems;
    }

    private void add(CsvRow row) {
        int before = problems.size();
        RecordDraft draft = read(row);
        if (problems.size() > before || draft == null) {
            rowsWithProblems++;
            return;
        }
        RecordDraft earlier = drafts.get(draft.key());
        if (earlier == null) {
            drafts.put(draft.key(), draft);
        } else if (!earlier.sameRecordAs(draft)) {
            problems.add(ImportProblem.at(row.line(), "", "import.problem.recordDiffers", earlier.line()));
            rowsWithProblems++;
        } else {
            for (RecordDraft.FigureDraft figure : draft.figures()) {
                Optional<RecordDraft.FigureDraft> same =
                        earlier.figures().stream().filter(figure::sameFigureAs).findFirst();
                if (same.isPresent()) {
                    problems.add(ImportProblem.at(
                            row.line(),
                            "",
                            "import.problem.duplicate",
                            same.get().line()));
                    rowsWithProblems++;
                } else {
                    earlier.figures().add(figure);
                }
            }
        }
    }

    private RecordDraft read(CsvRow row) {
        if (row.cells().size() != file.headers().size()) {
            problems.add(ImportProblem.at(
                    row.line(),
                    "",
                    "import.problem.ragged",
                    row.cells().size(),
                    file.headers().size()));
            return null;
        }
        String title = text(row, ImportField.TITLE, CooperationRecord.TITLE_MAX_LENGTH, true);
        RecordKind kind = choice(row, ImportField.KIND, choices.kinds(), true);
        CrimeArea crimeArea = choice(row, ImportField.CRIME_AREA, choices.crimeAreas(), true);
        RecordStatus status = Optional.ofNullable(choice(row, ImportField.STATUS, choices.statuses(), false))
                .orElse(RecordStatus.REPORTED);
        String lead = country(row, ImportField.LEAD_COUNTRY, value(row, ImportField.LEAD_COUNTRY), true);
        Set<String> partners = new LinkedHashSet<>();
        for (String name : value(row, ImportField.PARTNERS).split("[;|]")) {
            Optional.ofNullable(country(row, ImportField.PARTNERS, name.strip(), false))
                    .ifPresent(partners::add);
        }
        CellValues.Dated start = date(row, ImportField.START, true);
        CellValues.Dated end = date(row, ImportField.END, false);
        if (start != null
                && end != null
                && RecordDraft.precisionOf(end)
                        .lastDay(end.day())
                        .isBefore(start.precision().firstDay(start.day()))) {
            problem(row, ImportField.END, "import.problem.endBeforeStart");
        }
        String summary = text(row, ImportField.SUMMARY, CooperationRecord.SUMMARY_MAX_LENGTH, false);
        RecordDraft.SourceDraft source = source(row);
        List<RecordDraft.FigureDraft> figures = figure(row).map(List::of).orElse(List.of());
        if (title == null || kind == null || crimeArea == null || lead == null || start == null || source == null) {
            return null;
        }
        return new RecordDraft(
                row.line(),
                title,
                kind,
                crimeArea,
                status,
                lead,
                partners,
                start,
                end,
                summary.isEmpty() ? null : summary,
                source,
                figures);
    }

    private RecordDraft.SourceDraft source(CsvRow row) {
        String publisher = text(row, ImportField.SOURCE_PUBLISHER, Source.PUBLISHER_MAX_LENGTH, true);
        String title = text(row, ImportField.SOURCE_TITLE, Source.TITLE_MAX_LENGTH, true);
        CellValues.Dated published = date(row, ImportField.SOURCE_DATE, true);
        String url = text(row, ImportField.SOURCE_URL, Source.URL_MAX_LENGTH, false);
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            problem(row, ImportField.SOURCE_URL, "import.problem.badUrl", url);
        }
        if (publisher == null || title == null || published == null) {
            return null;
        }
        return new RecordDraft.SourceDraft(publisher, title, published.day(), url.isEmpty() ? null : url);
    }

    // A figure needs its metric, value and unit; a row with none of the three is a record without a figure.
    private Optional<RecordDraft.FigureDraft> figure(CsvRow row) {
        String metricText = value(row, ImportField.FIGURE_METRIC);
        String valueText = value(row, ImportField.FIGURE_VALUE);
        String unitText = value(row, ImportField.FIGURE_UNIT);
        if (metricText.isEmpty() && valueText.isEmpty() && unitText.isEmpty()) {
            return Optional.empty();
        }
        Metric metric = choice(row, ImportField.FIGURE_METRIC, choices.metrics(), true);
        Unit unit = choice(row, ImportField.FIGURE_UNIT, choices.units(), true);
        Qualifier qualifier = Optional.ofNullable(
                        choice(row, ImportField.FIGURE_QUALIFIER, choices.qualifiers(), false))
                .orElse(Qualifier.EXACT);
        BigDecimal value = null;
        if (valueText.isEmpty()) {
            missing(row, ImportField.FIGURE_VALUE);
        } else {
            try {
                value = CellValues.number(valueText);
                if (value.signum() < 0) {
                    problem(row, ImportField.FIGURE_VALUE, "import.problem.negative", valueText);
                } else if (unit != null
                        && !choices.measures().kind(unit).fractional()
                        && value.stripTrailingZeros().scale() > 0) {
                    problem(row, ImportField.FIGURE_VALUE, "import.problem.notACount", valueText);
                }
            } catch (CellValues.CellException e) {
                problem(row, ImportField.FIGURE_VALUE, e.messageKey(), valueText);
            }
        }
        String quote = text(row, ImportField.FIGURE_QUOTE, Figure.QUOTE_MAX_LENGTH, false);
        if (metric == null || unit == null || value == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordDraft.FigureDraft(
                row.line(), metric, value, qualifier, unit, quote.isEmpty() ? null : quote));
    }

    private String value(CsvRow row, ImportField field) {
        return mapping.columnOf(field).map(row::cell).orElse("");
    }

    private String text(CsvRow row, ImportField field, int maxLength, boolean required) {
        String text = value(row, field);
        if (text.isEmpty() && required) {
            missing(row, field);
            return null;
        }
        if (text.length() > maxLength) {
            problem(row, field, "import.problem.tooLong", maxLength);
            return null;
        }
        return text;
    }

    private <T> T choice(CsvRow row, ImportField field, ChoiceWords<T> words, boolean required) {
        String text = value(row, field);
        if (absent(row, field, text, required)) {
            return null;
        }
        Optional<T> found = words.find(text);
        if (found.isEmpty()) {
            problem(row, field, "import.problem.unknownChoice", text);
        }
        return found.orElse(null);
    }

    private String country(CsvRow row, ImportField field, String text, boolean required) {
        if (absent(row, field, text, required)) {
            return null;
        }
        Optional<CountryNames.CountryMatch> match = countries.match(text);
        if (match.isEmpty()) {
            problem(row, field, "import.problem.unknownCountry", text);
            return null;
        }
        if (match.get().cutName()) {
            notes.add(ImportProblem.note(
                    row.line(),
                    header(field),
                    "import.note.cutName",
                    text,
                    countries.nameOf(match.get().iso2())));
        }
        return match.get().iso2();
    }

    private CellValues.Dated date(CsvRow row, ImportField field, boolean required) {
        String text = value(row, field);
        if (absent(row, field, text, required)) {
            return null;
        }
        try {
            return CellValues.date(text);
        } catch (CellValues.CellException e) {
            problem(row, field, e.messageKey(), text);
            return null;
        }
    }

    /** Whether the cell is empty; an empty required cell is reported. */
    private boolean absent(CsvRow row, ImportField field, String text, boolean required) {
        if (text.isEmpty() && required) {
            missing(row, field);
        }
        return text.isEmpty();
    }

    private void missing(CsvRow row, ImportField field) {
        problem(row, field, "import.problem.missing", field.messageKey());
    }

    private void problem(CsvRow row, ImportField field, String key, Object... arguments) {
        problems.add(ImportProblem.at(row.line(), header(field), key, arguments));
    }

    private String header(ImportField field) {
        return mapping.columnOf(field).map(column -> file.headers().get(column)).orElse("");
    }

    /** The words for every choice a records file may use, read once from the message bundles. */
    record Choices(
            ChoiceWords<RecordKind> kinds,
            ChoiceWords<CrimeArea> crimeAreas,
            ChoiceWords<RecordStatus> statuses,
            ChoiceWords<Metric> metrics,
            ChoiceWords<Unit> units,
            ChoiceWords<Qualifier> qualifiers,
            Measures measures) {

        static Choices from(MessageSource messages, Measures measures) {
            return new Choices(
                    ChoiceWords.of(RecordKind.class, RecordKind::messageKey, messages),
                    ChoiceWords.of(CrimeArea.class, CrimeArea::messageKey, messages),
                    ChoiceWords.of(RecordStatus.class, RecordStatus::messageKey, messages),
                    ChoiceWords.metrics(measures),
                    ChoiceWords.units(measures),
                    ChoiceWords.of(Qualifier.class, Qualifier::messageKey, messages),
                    measures);
        }
    }
}
