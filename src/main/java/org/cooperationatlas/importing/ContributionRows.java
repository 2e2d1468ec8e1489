package org.cooperationatlas.importing;

import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.peacekeeping.ContributionKey;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.Mission;
import org.cooperationatlas.peacekeeping.PersonnelType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rows of a contributions file into contribution lines, long or wide, and says what is wrong with
 * every row it cannot use: the line, the column and why.
 */
final class ContributionRows {

    private final UploadedCsv file;
    private final ColumnMapping mapping;
    private final CountryNames countries;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private final Map<ContributionKey, Integer> firstLine = new HashMap<>();
    private final List<ContributionLine> lines = new ArrayList<>();
    private final Map<String, String> missionNames = new LinkedHashMap<>();
    private int rowsWithProblems;
    private long peopleInFile;
    private long peopleAccepted;

    private ContributionRows(UploadedCsv file, ColumnMapping mapping, CountryNames countries) {
        this.file = file;
        this.mapping = mapping;
        this.countries = countries;
    }

    static ContributionRows read(UploadedCsv file, ColumnMapping mapping, CountryNames countries) {
        ContributionRows rows = new ContributionRows(file, mapping, countries);
        rows.readAll();
        return rows;
    }

    List<ContributionLine> lines() {
        return lines;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** What was accepted but is worth saying: countries recognised from a name cut short. */
    List<ImportProblem> notes() {
        return notes;
    }

    /** The people the file's rows hold, counted from every total (or male and female) that reads as a number. */
    long peopleInFile() {
        return peopleInFile;
    }

    /** The people the accepted lines hold. */
    long peopleAccepted() {
        return peopleAccepted;
    }

    int rowsWithProblems() {
        return rowsWithProblems;
    }

    /** Mission names by upper-case acronym, where the file gives them. */
    Map<String, String> missionNames() {
        return missionNames;
    }

    private void readAll() {
        file.forEachRow(this::readRow);
    }

    private void readRow(CsvRow row) {
        int before = problems.size();
        long people = PeopleCount.of(row, mapping);
        peopleInFile += people;
        List<ContributionLine> read = read(row);
        if (problems.size() > before) {
            rowsWithProblems++;
            problems.set(before, problems.get(before).withPeople(people));
            return;
        }
        for (ContributionLine line : read) {
            Integer earlier = firstLine.putIfAbsent(ContributionKey.of(line), row.line());
            if (earlier != null) {
                problems.add(ImportProblem.at(row.line(), "", "import.problem.duplicate", earlier)
                        .withPeople(line.total()));
                rowsWithProblems++;
            } else {
                lines.add(line);
                peopleAccepted += line.total();
            }
        }
    }

    private List<ContributionLine> read(CsvRow row) {
        if (row.cells().size() != file.headers().size()) {
            problems.add(ImportProblem.at(row.line(), "", "import.problem.ragged", row.cells().size(),
                    file.headers().size()));
            return List.of();
        }
        String country = required(row, ImportField.COUNTRY).flatMap(text -> country(row, text)).orElse(null);
        String mission = required(row, ImportField.MISSION).flatMap(text -> mission(row, text)).orElse(null);
        LocalDate month = required(row, ImportField.MONTH).flatMap(text -> month(row, text)).orElse(null);
        Map<PersonnelType, Counts> counts = mapping.layout() == Layout.LONG ? longCounts(row) : wideCounts(row);
        if (country == null || mission == null || month == null) {
            return List.of();
        }
        mapping.columnOf(ImportField.MISSION_NAME).map(row::cell).filter(name -> !name.isEmpty())
                .ifPresent(name -> missionNames.putIfAbsent(mission.toUpperCase(Locale.ROOT), name));
        List<ContributionLine> read = new ArrayList<>();
        counts.forEach((type, count) -> read.add(new ContributionLine(month, country, mission, type,
                count.male, count.female, count.total)));
        return read;
    }

    private Map<PersonnelType, Counts> longCounts(CsvRow row) {
        Map<PersonnelType, Counts> counts = new EnumMap<>(PersonnelType.class);
        Optional<PersonnelType> type = required(row, ImportField.PERSONNEL_TYPE).flatMap(text -> {
            Optional<PersonnelType> found = PersonnelWords.type(text);
            if (found.isEmpty()) {
                problem(row, ImportField.PERSONNEL_TYPE, "import.problem.unknownPersonnelType", text);
            }
            return found;
        });
        int before = problems.size();
        Integer male = count(row, mapping.columnOf(ImportField.MALE));
        Integer female = count(row, mapping.columnOf(ImportField.FEMALE));
        Integer total = count(row, mapping.columnOf(ImportField.TOTAL));
        // A cell already reported is not reported again as a count that is missing or does not add up.
        if (problems.size() == before) {
            type.ifPresent(found -> counts(row, mapping.columnOf(ImportField.TOTAL).orElse(-1), male, female, total)
                    .ifPresent(count -> counts.put(found, count)));
        }
        return counts;
    }

    // Wide rows: each personnel type with a mapped column becomes a line; types left empty or at zero do not.
    private Map<PersonnelType, Counts> wideCounts(CsvRow row) {
        Map<PersonnelType, Counts> counts = new EnumMap<>(PersonnelType.class);
        for (PersonnelType type : PersonnelType.values()) {
            Optional<Integer> maleColumn = countColumn(type, Gender.MALE);
            Optional<Integer> femaleColumn = countColumn(type, Gender.FEMALE);
            Optional<Integer> totalColumn = countColumn(type, Gender.TOTAL);
            if (maleColumn.isEmpty() && femaleColumn.isEmpty() && totalColumn.isEmpty()) {
                continue;
            }
            int before = problems.size();
            Integer male = count(row, maleColumn);
            Integer female = count(row, femaleColumn);
            Integer total = count(row, totalColumn);
            boolean nothing = isZeroOrNull(male) && isZeroOrNull(female) && isZeroOrNull(total);
            if (!nothing && problems.size() == before) {
                counts(row, totalColumn.orElse(-1), male, female, total).ifPresent(count -> counts.put(type, count));
            }
        }
        return counts;
    }

    private Optional<Counts> counts(CsvRow row, int totalColumn, Integer male, Integer female, Integer total) {
        if (total == null && male != null && female != null) {
            return Optional.of(new Counts(male, female, male + female));
        }
        if (total == null) {
            if (male == null && female == null) {
                problems.add(ImportProblem.at(row.line(), header(totalColumn), "import.problem.missingCount"));
            } else {
                problems.add(ImportProblem.at(row.line(), header(totalColumn), "import.problem.missingTotal"));
            }
            return Optional.empty();
        }
        if (male != null && female != null && male + female != total) {
            problems.add(ImportProblem.at(row.line(), header(totalColumn), "import.problem.totalMismatch",
                    total, male, female));
            return Optional.empty();
        }
        return Optional.of(new Counts(male, female, total));
    }

    private Optional<Integer> countColumn(PersonnelType type, Gender gender) {
        int index = mapping.targets().indexOf(ColumnTarget.count(type, gender));
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    private Integer count(CsvRow row, Optional<Integer> column) {
        if (column.isEmpty()) {
            return null;
        }
        try {
            return CellValues.count(row.cell(column.get()));
        } catch (CellValues.CellException e) {
            problems.add(ImportProblem.at(row.line(), header(column.get()), e.messageKey(), row.cell(column.get())));
            return null;
        }
    }

    private Optional<String> required(CsvRow row, ImportField field) {
        Optional<Integer> column = mapping.columnOf(field);
        String value = column.map(row::cell).orElse("");
        if (value.isEmpty()) {
            problems.add(ImportProblem.at(row.line(), column.map(this::header).orElse(""), "import.problem.missing",
                    field.messageKey()));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<String> country(CsvRow row, String text) {
        Optional<CountryNames.CountryMatch> match = countries.match(text);
        if (match.isEmpty()) {
            problem(row, ImportField.COUNTRY, "import.problem.unknownCountry", text);
            return Optional.empty();
        }
        noteCutName(row, ImportField.COUNTRY, text, match.get());
        return crossChecked(row, text, match.get().iso2());
    }

    // A name column kept beside a code column is a check: a name that names another country is a problem.
    private Optional<String> crossChecked(CsvRow row, String code, String iso2) {
        Optional<Integer> nameColumn = mapping.columnOf(ImportField.COUNTRY_NAME);
        String name = nameColumn.map(row::cell).orElse("");
        if (name.isEmpty()) {
            return Optional.of(iso2);
        }
        Optional<CountryNames.CountryMatch> named = countries.match(name);
        if (named.isPresent() && !named.get().iso2().equals(iso2)) {
            problem(row, ImportField.COUNTRY_NAME, "import.problem.countryMismatch", code, countries.nameOf(iso2),
                    name, countries.nameOf(named.get().iso2()));
            return Optional.empty();
        }
        named.ifPresent(match -> noteCutName(row, ImportField.COUNTRY_NAME, name, match));
        return Optional.of(iso2);
    }

    private void noteCutName(CsvRow row, ImportField field, String text, CountryNames.CountryMatch match) {
        if (match.cutName()) {
            notes.add(ImportProblem.note(row.line(), mapping.columnOf(field).map(this::header).orElse(""),
                    "import.note.cutName", text, countries.nameOf(match.iso2())));
        }
    }

    private Optional<String> mission(CsvRow row, String text) {
        if (text.length() > Mission.ACRONYM_MAX_LENGTH) {
            problem(row, ImportField.MISSION, "import.problem.tooLong", Mission.ACRONYM_MAX_LENGTH);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<LocalDate> month(CsvRow row, String text) {
        try {
            return Optional.of(CellValues.month(text));
        } catch (CellValues.CellException e) {
            problem(row, ImportField.MONTH, e.messageKey(), text);
            return Optional.empty();
        }
    }

    private void problem(CsvRow row, ImportField field, String key, Object... arguments) {
        problems.add(ImportProblem.at(row.line(), mapping.columnOf(field).map(this::header).orElse(""), key, arguments));
    }

    private String header(int column) {
        return column >= 0 && column < file.headers().size() ? file.headers().get(column) : "";
    }

    private static boolean isZeroOrNull(Integer value) {
        return value == null || value == 0;
    }

    private record Counts(Integer male, Integer female, int total) {
    }
}
