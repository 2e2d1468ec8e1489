package org.cooperationatlas.peacekeeping;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.security.Role;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class PeacekeepingService {

    private final ContributionRepository contributions;
    private final MissionRepository missions;
    private final ContributionBatch batch;
    private final ContributionPages pages;
    private final ContributionTotals totals;
    private final ContributionFlows flows;

    private final AggregateCache aggregates;
    private final MonthWriter monthWriter;
    private final ContributionMonths months;
    private final BundledStatistics bundled;

    PeacekeepingService(
            ContributionRepository contributions,
            MissionRepository missions,
            ContributionBatch batch,
            ContributionPages pages,
            ContributionTotals totals,
            ContributionFlows flows,
            AggregateCache aggregates,
            MonthWriter monthWriter,
            ContributionMonths months,
            BundledStatistics bundled) {
        this.bundled = bundled;
        this.monthWriter = monthWriter;
        this.months = months;
        this.flows = flows;
        this.pages = pages;
        this.totals = totals;
        this.aggregates = aggregates;
        this.contributions = contributions;
        this.missions = missions;
        this.batch = batch;
    }

    public List<Mission> missions() {
        return missions.findAllByOrderByAcronym();
    }

    /**
     * Saves an administrator's description of a mission, or refuses it whole: a field out of bounds fails
     * validation, an acronym another mission has fails the table's unique key, and a mission someone else saved in
     * the meantime fails its version check.
     */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public Mission saveMission(@Valid Mission mission) {
        aggregates.changed();
        return missions.saveAndFlush(mission);
    }

    /**
     * Contribution lines in the order of month, country, mission and personnel type, narrowed by contributing
     * country, mission acronym and years if given: the page after a cursor, or (without one) the lines after
     * {@code offset} others.
     */
    public ContributionPage contributions(
            String iso2,
            String mission,
            Integer fromYear,
            Integer toYear,
            ContributionCursor after,
            int offset,
            int size) {
        Long missionId = null;
        if (mission != null) {
            Optional<Mission> found = knownMissions().find(mission);
            if (found.isEmpty()) {
                return new ContributionPage(List.of(), null);
            }
            missionId = found.get().getId();
        }
        return ContributionPage.of(
                pages.read(
                        iso2,
                        missionId,
                        fromYear == null ? null : LocalDate.of(fromYear, 1, 1),
                        toYear == null ? null : LocalDate.of(toYear, 12, 31),
                        after,
                        offset,
                        size),
                size);
    }

    /** The country's personnel per month and type, over all missions. */
    public List<MonthlyPersonnel> monthlyPersonnel(String iso2) {
        return totals.ofCountry(iso2);
    }

    /** All contributing countries' personnel per month and type, narrowed by country, region and years if given. */
    public List<MonthlyPersonnel> monthlyPersonnel(String iso2, String region, Integer fromYear, Integer toYear) {
        LocalDate from = fromYear == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(fromYear, 1, 1);
        LocalDate to = toYear == null ? LocalDate.of(2100, 12, 31) : LocalDate.of(toYear, 12, 31);
        return aggregates.get(
                List.of("monthlyPersonnel", String.valueOf(iso2), String.valueOf(region), from, to), () -> {
                    if (iso2 == null && region == null) {
                        return totals.ofAll(from, to);
                    }
                    if (iso2 == null) {
                        return totals.ofRegion(region, from, to);
                    }
                    List<String> countries = region == null
                            ? List.of(iso2)
                            : contributions.countriesOf(region).stream()
                                    .filter(country -> iso2 == null || country.equals(iso2))
                                    .toList();
                    return totals.of(countries, from, to);
                });
    }

    /**
     * The lines with each mission written as the atlas knows it, where it knows it: a file's "UNAVEM 3", "unavem-III"
     * or "UNOC" becomes the mission's own acronym, so that its lines match those stored. Missions it does not know
     * keep what the file wrote.
     */
    public List<ContributionLine> withKnownMissions(List<ContributionLine> lines) {
        KnownMissions known = knownMissions();
        return lines.stream()
                .map(line -> known.find(line.mission())
                        .map(mission -> line.withMission(mission.getAcronym()))
                        .orElse(line))
                .toList();
    }

    /** Of these acronyms, those of no mission the atlas knows (in any of the ways {@link #withKnownMissions} reads). */
    public List<String> unknownMissions(Collection<String> acronyms) {
        KnownMissions known = knownMissions();
        return acronyms.stream()
                .filter(acronym -> known.find(acronym).isEmpty())
                .sorted()
                .toList();
    }

    private KnownMissions knownMissions() {
        return new KnownMissions(missions.findAllByOrderByAcronym());
    }

    /**
     * What writing each month as its report gives it would change. The lines' missions are written as the atlas
     * knows them first, as the write does.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public MonthChanges changes(MonthStatistics month) {
        return monthWriter.changes(withKnownMissions(month));
    }

    /** The month's statistics with each mission written as the atlas knows it, as a write would store them. */
    public MonthStatistics asStored(MonthStatistics month) {
        return withKnownMissions(month);
    }

    /**
     * Writes whole months of statistics, each as one report gives it: the month then holds exactly the report's
     * lines, and the report is its source. All the months, or (on a failure, or when the caller stops it through
     * the progress callback) none of them.
     */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public List<MonthChanges> replaceMonths(List<MonthStatistics> statistics, IntConsumer progress) {
        return monthWriter.write(
                statistics.stream().map(this::withKnownMissions).toList(), Map.of(), progress);
    }

    private MonthStatistics withKnownMissions(MonthStatistics month) {
        return month.report().namesMissions() ? month.withLines(withKnownMissions(month.lines())) : month;
    }

    /**
     * How far the loading of the UN's statistics that come with the atlas has got, while it runs (on a first start):
     * where statistics are missing, pages say so.
     */
    public Optional<StatisticsLoading> statisticsLoading() {
        return bundled.loading();
    }

    /** The countries that contributed anyone in a month of the range. */
    public java.util.Set<String> contributorsBetween(YearMonth from, YearMonth to) {
        return totals.contributorsBetween(from.atDay(1), to.atDay(1));
    }

    /** Every month the atlas holds statistics for, in order: a month between two of them that is not held is a gap. */
    public List<YearMonth> monthsHeld() {
        return aggregates.get(List.of("flowMonths"), flows::months);
    }

    /** The report each month held comes from, in the order of months. */
    public List<MonthReport> reports() {
        return aggregates.get(List.of("monthReports"), months::reports);
    }

    /** The months of the range whose report names no missions: each country's personnel is known, not where. */
    public List<YearMonth> monthsWithoutMissions(MonthRange range) {
        return aggregates.get(
                List.of("monthsWithoutMissions", range),
                () -> months.monthsWithoutMissions(range.firstDay(), range.lastMonthDay()));
    }

    /** The stored lines of the given months, by their natural key: what an import compares its rows with. */
    public Map<ContributionKey, ContributionLine> linesIn(Collection<LocalDate> months) {
        Map<ContributionKey, ContributionLine> lines = new HashMap<>();
        batch.linesIn(months).forEach((key, stored) -> lines.put(key, stored.line()));
        return lines;
    }

    /**
     * Writes contribution lines, matched on their natural key: new ones are added, changed counts replaced, equal
     * ones left alone, so writing the same lines twice changes nothing. Missions not yet known are created with
     * the names given (their acronym where none is). Joins the caller's transaction, so that a failure, or the
     * caller stopping it through the progress callback, leaves nothing written.
     */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public ContributionWrites write(
            List<ContributionLine> lines, Map<String, String> missionNames, IntConsumer progress) {
        lines = withKnownMissions(lines);
        Map<String, Long> missionIds = monthWriter.missionIds(lines, missionNames);
        aggregates.changed();
        ContributionWrites writes = batch.write(lines, missionIds, progress);
        List<LocalDate> months =
                lines.stream().map(ContributionLine::month).distinct().toList();
        totals.recount(months);
        flows.recountYears(months);
        return writes;
    }
}
