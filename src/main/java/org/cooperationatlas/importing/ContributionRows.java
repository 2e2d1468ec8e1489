package org.cooperationatlas.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.peacekeeping.ContributionKey;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.Mission;
import org.cooperationatlas.peacekeeping.PersonnelType;

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
    private final Map<ContributionKey, GenderedCounts> genders = new LinkedHashMap<>();
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
        if (mapping.layout() == Layout.LONG
                && mapping.columnOf(ImportField.GENDER).isPresent()) {
            file.forEachRow(this::readGenderRow);
            mergeGenders();
        } else {
            file.forEachRow(this::readRow);
        }
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
        if (ragged(row)) {
            return List.of();
        }
        String country = required(row, ImportField.COUNTRY)
                .flatMap(text -> country(row, text))
                .orElse(null);
        String mission = required(row, ImportField.MISSION)
                .flatMap(text -> mission(row, text))
                .orElse(null);
        LocalDate month = required(row, ImportField.MONTH)
                .flatMap(text -> month(row, text))
                .orElse(null);
        Map<PersonnelType, Counts> counts = mapping.layout() == Layout.LONG ? longCounts(row) : wideCounts(row);
        if (country == null || mission == null || month == null) {
            return List.of();
        }
        keepMissionName(row, mission);
        List<ContributionLine> read = new ArrayList<>();
        counts.forEach((type, count) ->
                read.add(new ContributionLine(month, country, mission, type, count.male, count.female, count.total)));
        return read;
    }

    private boolean ragged(CsvRow row) {
        if (row.cells().size() == file.headers().size()) {
            return false;
        }
        problems.add(ImportProblem.at(
                row.line(),
                "",
                "import.problem.ragged",
                row.cells().size(),
                file.headers().size()));
        return true;
    }

    private void keepMissionName(CsvRow row, String mission) {
        mapping.columnOf(ImportField.MISSION_NAME)
                .map(row::cell)
                .filter(name -> !name.isEmpty())
                .ifPresent(name -> missionNames.putIfAbsent(mission.toUpperCase(Locale.ROOT), name));
    }

    // A row per gender (the UN's long files: "Gender" male or female, and one count): the rows of one country,
    // mission, month and type are gathered, and become one line once the whole file is read.
    private void readGenderRow(CsvRow row) {
        int before = problems.size();
        Integer count = ragged(row) ? null : count(row, mapping.columnOf(ImportField.TOTAL));
        long people = count == null ? 0 : count;
        if (problems.size() == before) {
            String country = required(row, ImportField.COUNTRY)
                    .flatMap(text -> country(row, text))
                    .orElse(null);
            String mission = required(row, ImportField.MISSION)
                    .flatMap(text -> mission(row, text))
                    .orElse(null);
            LocalDate month = required(row, ImportField.MONTH)
                    .flatMap(text -> month(row, text))
                    .orElse(null);
            PersonnelType type = required(row, ImportField.PERSONNEL_TYPE)
                    .flatMap(text -> personnelType(row, text))
                    .orElse(null);
            Gender gender = required(row, ImportField.GENDER)
                    .flatMap(text -> gender(row, text))
                    .orElse(null);
            // A row without a count ("NA", empty) holds nobody: like an empty type in a wide file, it adds nothing.
            if (count != null && problems.size() == before) {
                keepMissionName(row, mission);
                ContributionLine key = new ContributionLine(month, country, mission, type, null, null, 0);
                Integer earlier = genders.computeIfAbsent(ContributionKey.of(key), k -> new GenderedCounts(key))
                        .add(gender, count, row.line());
                if (earlier != null) {
                    problems.add(ImportProblem.at(row.line(), "", "import.problem.duplicate", earlier));
                }
            }
        }
        if (problems.size() > before) {
            rowsWithProblems++;
            peopleInFile += people;
            problems.set(before, problems.get(before).withPeople(people));
        }
    }

    private void mergeGenders() {
        for (GenderedCounts counts : genders.values()) {
            int people = counts.people();
            peopleInFile += people;
            Integer total = counts.total == null ? Integer.valueOf(people) : counts.total;
            if (counts.male != null
                    && counts.female != null
                    && counts.total != null
                    && counts.male + counts.female != counts.total) {
                problems.add(ImportProblem.at(
                                counts.totalLine,
                                header(mapping.columnOf(ImportField.TOTAL).orElse(-1)),
                                "import.problem.totalMismatch",
                                counts.total,
                                counts.male,
                                counts.female)
                        .withPeople(people));
                rowsWithProblems++;
                continue;
            }
            ContributionLine key = counts.key;
            lines.add(new ContributionLine(
                    key.month(), key.country(), key.mission(), key.personnelType(), counts.male, counts.female, total));
            peopleAccepted += total;
        }
        genders.clear();
    }

    private Optional<PersonnelType> personnelType(CsvRow row, String text) {
        Optional<PersonnelType> found = PersonnelWords.type(text);
        if (found.isEmpty()) {
            problem(row, ImportField.PERSONNEL_TYPE, "import.problem.unknownPersonnelType", text);
        }
        return found;
    }

    private Optional<Gender> gender(CsvRow row, String text) {
        Optional<Gender> found = PersonnelWords.genderOf(text);
        if (found.isEmpty()) {
            problem(row, ImportField.GENDER, "import.problem.unknownGender", text);
        }
        return found;
    }

    private Map<PersonnelType, Counts> longCounts(CsvRow row) {
        Map<PersonnelType, Counts> counts = new EnumMap<>(PersonnelType.class);
        Optional<PersonnelType> type =
                required(row, ImportField.PERSONNEL_TYPE).flatMap(text -> personnelType(row, text));
        int before = problems.size();
        Integer male = count(row, mapping.columnOf(ImportField.MALE));
        Integer female = count(row, mapping.columnOf(ImportField.FEMALE));
        Integer total = count(row, mapping.columnOf(ImportField.TOTAL));
        // A cell already reported is not reported again as a count that is missing or does not add up.
        if (problems.size() == before) {
            type.ifPresent(
                    found -> counts(row, mapping.columnOf(ImportField.TOTAL).orElse(-1), male, female, total)
                            .ifPresent(count -> counts.put(found, count)));
        }
        return counts;
    }

    // Wide rows: each personnel type with a mapped column becomes a line; types left empty or at zero do not.
    // Several columns of one type and gender (a category's older and newer names) add up.
    private Map<PersonnelType, Counts> wideCounts(CsvRow row) {
        Map<PersonnelType, Counts> counts = new EnumMap<>(PersonnelType.class);
        for (PersonnelType type : PersonnelType.values()) {
            List<Integer> maleColumns = mapping.columnsOf(ColumnTarget.count(type, Gender.MALE));
            List<Integer> femaleColumns = mapping.columnsOf(ColumnTarget.count(type, Gender.FEMALE));
            List<Integer> totalColumns = mapping.columnsOf(ColumnTarget.count(type, Gender.TOTAL));
            if (maleColumns.isEmpty() && femaleColumns.isEmpty() && totalColumns.isEmpty()) {
                continue;
            }
            int before = problems.size();
            Integer male = sum(row, maleColumns);
            Integer female = sum(row, femaleColumns);
            Integer total = sum(row, totalColumns);
            boolean nothing = isZeroOrNull(male) && isZeroOrNull(female) && isZeroOrNull(total);
            if (!nothing && problems.size() == before) {
                counts(row, totalColumns.isEmpty() ? -1 : totalColumns.get(0), male, female, total)
                        .ifPresent(count -> counts.put(type, count));
            }
        }
        return counts;
    }

    private Integer sum(CsvRow row, List<Integer> columns) {
        Integer sum = null;
        for (int column : columns) {
            Integer count = count(row, Optional.of(column));
            if (count != null) {
                sum = sum == null ? count : sum + count;
            }
        }
        return sum;
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
            problems.add(ImportProblem.at(
                    row.line(), header(totalColumn), "import.problem.totalMismatch", total, male, female));
            return Optional.empty();
        }
        return Optional.of(new Counts(male, female, total));
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
            problems.add(ImportProblem.at(
                    row.line(), column.map(this::header).orElse(""), "import.problem.missing", field.messageKey()));
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
            problem(
                    row,
                    ImportField.COUNTRY_NAME,
                    "import.problem.countryMismatch",
                    code,
                    countries.nameOf(iso2),
                    name,
                    countries.nameOf(named.get().iso2()));
            return Optional.empty();
        }
        named.ifPresent(match -> noteCutName(row, ImportField.COUNTRY_NAME, name, match));
        return Optional.of(iso2);
    }

    private void noteCutName(CsvRow row, ImportField field, String text, CountryNames.CountryMatch match) {
        if (match.cutName()) {
            notes.add(ImportProblem.note(
                    row.line(),
                    mapping.columnOf(field).map(this::header).orElse(""),
                    "import.note.cutName",
                    text,
                    countries.nameOf(match.iso2())));
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
        problems.add(ImportProblem.at(
                row.line(), mapping.columnOf(field).map(this::header).orElse(""), key, arguments));
    }

    private String header(int column) {
        return column >= 0 && column < file.headers().size() ? file.headers().get(column) : "";
    }

    private static boolean isZeroOrNull(Integer value) {
        return value == null || value == 0;
    }

    private record Counts(Integer male, Integer female, int total) {}

    /** The counts of one country, mission, month and type, gathered from its rows per gender. */
    private static final class GenderedCounts {
        private final ContributionLine key;
        private Integer male;
        private Integer female;
        private Integer total;
        private final Map<Gender, Integer> lines = new EnumMap<>(Gender.class);
        private int totalLine;

        GenderedCounts(ContributionLine key) {
            this.key = key;
        }

        /** Adds a row's count; the line of an earlier row of the same gender, if any, which makes it a duplicate. */
        Integer add(Gender gender, int count, int line) {
            Integer earlier = lines.putIfAbsent(gender, line);
            if (earlier != null) {
                return earlier;
            }
            switch (gender) {
                case MALE -> male = count;
                case FEMALE -> female = count;
                case TOTAL -> {
                    total = count;
                    totalLine = line;
                }
            }
            return null;
        }

        /** The people these rows hold: a total row where there is one, else men and women added up. */
        int people() {
            return total != null ? total : (male == null ? 0 : male) + (female == null ? 0 : female);
        }
    }
}
