package org.cooperationatlas.importing.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.peacekeeping.ContributionLine;

/**
 * Turns a UN report read from its PDF into the month's contribution lines, and says what stands in the way of
 * taking them as they are: a name the atlas does not know as a country, a row whose men and women do not make its
 * total, a printed total its rows do not add up to, a part of the table that could not be read. A row that
 * appears twice (some reports print an empty copy of a row) is added up once.
 */
final class ReportLines {

    private final UnReport report;
    private final YearMonth month;
    private final CountryNames countries;
    private final Set<String> confirmed;
    private final Set<String> contributorsNearby;
    private final Map<String, ContributionLine> lines = new LinkedHashMap<>();
    private final List<ReportProblem> problems = new ArrayList<>();
    private final List<ReportProblem> notes = new ArrayList<>();
    private final Map<String, String> countryOf = new HashMap<>();
    private long peopleLeftOut;

    private ReportLines(
            UnReport report,
            YearMonth month,
            CountryNames countries,
            Set<String> confirmed,
            Set<String> contributorsNearby) {
        this.report = report;
        this.month = month;
        this.countries = countries;
        this.confirmed = confirmed;
        this.contributorsNearby = contributorsNearby;
    }

    /**
     * The report's lines for the month. The countries that contributed in the months around it tell which country
     * a name cut short stands for, where the report's column cut it to a start several names share.
     */
    static ReportLines of(
            UnReport report,
            YearMonth month,
            CountryNames countries,
            Set<String> confirmed,
            Set<String> contributorsNearby) {
        ReportLines read = new ReportLines(report, month, countries, confirmed, contributorsNearby);
        read.readAll();
        return read;
    }

    List<ContributionLine> lines() {
        return List.copyOf(lines.values());
    }

    List<ReportProblem> problems() {
        return problems;
    }

    List<ReportProblem> notes() {
        return notes;
    }

    /** The problems not yet confirmed: what keeps the report from being imported. */
    List<ReportProblem> unconfirmed() {
        return problems.stream()
                .filter(problem -> !confirmed.contains(problem.key()))
                .toList();
    }

    /** The people of the rows left out: those whose country is not known and was confirmed to be left out. */
    long peopleLeftOut() {
        return peopleLeftOut;
    }

    private void readAll() {
        resolveCountries();
        for (ReportRow row : report.rows()) {
            String iso2 = countryOf.get(row.country());
            if (!row.addsUp()) {
                rowMismatch(row);
            }
            if (iso2 == null) {
                peopleLeftOut += row.people();
                continue;
            }
            for (ReportRow.TypeCounts counts : row.typeCounts()) {
                add(row, iso2, counts);
            }
        }
        checkTotals();
        report.structure()
                .forEach(problem -> problems.add(ReportProblem.problem(
                        "structure:" + problem.page() + ":" + problem.messageKey() + ":" + problem.text(),
                        problem.page(),
                        0,
                        problem.messageKey(),
                        problem.text())));
    }

    // Each name once: known; or cut short by a narrow column, and then the one country it can be among those that
    // contributed around that month and that the report names no other way; or unknown.
    private void resolveCountries() {
        Map<String, Integer> pages = new LinkedHashMap<>();
        Map<String, Long> people = new HashMap<>();
        report.rows().forEach(row -> {
            pages.putIfAbsent(row.country(), row.page());
            people.merge(row.country(), (long) row.people(), Long::sum);
        });
        Set<String> named = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : pages.keySet()) {
            Optional<CountryNames.CountryMatch> match = countries.match(name);
            if (match.isPresent()) {
                countryOf.put(name, match.get().iso2());
                named.add(match.get().iso2());
                if (match.get().cutName()) {
                    notes.add(ReportProblem.note(
                            "cut:" + name,
                            pages.get(name),
                            "import.note.cutName",
                            name,
                            countries.nameOf(match.get().iso2())));
                }
            } else {
                unknown.add(name);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (String name : List.copyOf(unknown)) {
                List<String> candidates = candidates(name, named);
                if (candidates.size() == 1) {
                    countryOf.put(name, candidates.get(0));
                    named.add(candidates.get(0));
                    unknown.remove(name);
                    more = true;
                    notes.add(ReportProblem.note(
                            "cut:" + name,
                            pages.get(name),
                            "import.report.cutNameByElimination",
                            name,
                            countries.nameOf(candidates.get(0))));
                }
            }
        }
        for (String name : unknown) {
            List<String> candidates = candidates(name, named);
            String key = "country:" + name;
            if (candidates.size() > 1) {
                problems.add(ReportProblem.problem(
                        key,
                        pages.get(name),
                        people.get(name),
                        "import.report.ambiguousCountry",
                        name,
                        String.join(
                                ", ", candidates.stream().map(countries::nameOf).toList())));
            } else {
                problems.add(ReportProblem.problem(
                        key, pages.get(name), people.get(name), "import.report.unknownCountry", name));
            }
        }
    }

    private List<String> candidates(String name, Set<String> named) {
        List<String> starting = countries.startingWith(name).stream()
                .filter(iso2 -> !named.contains(iso2))
                .toList();
        List<String> contributing =
                starting.stream().filter(contributorsNearby::contains).toList();
        return contributing.isEmpty() ? starting : contributing;
    }

    private void add(ReportRow row, String iso2, ReportRow.TypeCounts counts) {
        Integer male = counts.male();
        Integer female = counts.female();
        int total = counts.total() != null ? counts.total() : (male == null ? 0 : male) + (female == null ? 0 : female);
        if (male != null && female != null && male + female != total) {
            // Confirmed as printed: the total stands, the split that does not make it is left out.
            male = null;
            female = null;
        }
        String mission = row.mission() == null ? null : row.mission().strip();
        ContributionLine line = new ContributionLine(month.atDay(1), iso2, mission, counts.type(), male, female, total);
        String key = iso2 + "|" + (mission == null ? "" : mission.toUpperCase(Locale.ROOT)) + "|" + counts.type();
        ContributionLine earlier = lines.get(key);
        if (earlier == null) {
            lines.put(key, line);
            return;
        }
        if (earlier.total() > 0 && total > 0) {
            notes.add(ReportProblem.note(
                    "twice:" + key,
                    row.page(),
                    "import.report.rowTwice",
                    countries.nameOf(iso2),
                    mission == null ? "" : mission,
                    counts.type().messageKey()));
        }
        lines.put(
                key,
                new ContributionLine(
                        line.month(),
                        iso2,
                        mission,
                        counts.type(),
                        sum(earlier.male(), male),
                        sum(earlier.female(), female),
                        earlier.total() + total));
    }

    private static Integer sum(Integer one, Integer other) {
        return one == null ? other : other == null ? one : one + other;
    }

    private void rowMismatch(ReportRow row) {
        Integer male = row.counts().get(CountKey.MALE);
        Integer female = row.counts().get(CountKey.FEMALE);
        Integer total = row.counts().get(CountKey.TOTAL);
        String type = row.type() == null ? "" : row.type().messageKey();
        problems.add(ReportProblem.problem(
                "row:" + row.page() + ":" + row.mission() + ":" + row.country() + ":" + row.type(),
                row.page(),
                total == null ? 0 : total,
                row.type() == null ? "import.report.rowTypesMismatch" : "import.report.rowMismatch",
                row.country(),
                row.mission() == null ? "" : row.mission(),
                type,
                male == null ? "" : male,
                female == null ? "" : female,
                total == null ? "" : total,
                typeParts(row)));
    }

    private static int typeParts(ReportRow row) {
        return row.counts().entrySet().stream()
                .filter(count -> count.getKey().type() != null && count.getKey().kind() == CountKind.TOTAL)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private void checkTotals() {
        for (UnReport.TotalCheck check : report.totalChecks()) {
            if (check.agrees()) {
                continue;
            }
            var total = check.total();
            problems.add(ReportProblem.problem(
                    "total:" + total.page() + ":" + total.level() + ":" + total.name() + ":" + check.key(),
                    total.page(),
                    Math.abs((long) check.printed() - check.read()),
                    "import.report.totalMismatch",
                    "import.report.total." + total.level().name(),
                    total.name(),
                    countName(check.key()),
                    check.printed(),
                    check.read()));
        }
    }

    // Which count of a total: "men", "women", "everyone", or one type's ("Formed police units, women").
    private static String countName(CountKey key) {
        String kind = "import.report.count." + key.kind().name();
        return key.type() == null ? kind : key.type().messageKey() + "|" + kind;
    }
}
