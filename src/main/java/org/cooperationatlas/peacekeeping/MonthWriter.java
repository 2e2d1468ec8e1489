package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.peacekeeping.ContributionMonths.CountryKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes whole months of statistics, each as one report gives it: afterwards the month holds exactly the report's
 * lines (per mission, or per country for a report that names no missions), lines it no longer has are removed, and
 * the report is kept as the month's source. Writing the same report again changes nothing. Runs in the caller's
 * transaction, so that a batch of reports is written whole or not at all.
 */
@Component
class MonthWriter {

    private final ContributionBatch batch;
    private final ContributionMonths months;
    private final ContributionTotals totals;
    private final ContributionFlows flows;
    private final MissionRepository missions;
    private final AggregateCache aggregates;
    private final JdbcClient jdbc;

    MonthWriter(
            ContributionBatch batch,
            ContributionMonths months,
            ContributionTotals totals,
            ContributionFlows flows,
            MissionRepository missions,
            AggregateCache aggregates,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.months = months;
        this.totals = totals;
        this.flows = flows;
        this.missions = missions;
        this.aggregates = aggregates;
    }

    /** What writing the month would change; writes nothing. Its lines' missions must be written as the atlas knows them. */
    MonthChanges changes(MonthStatistics statistics) {
        YearMonth month = statistics.month();
        Map<ContributionKey, ContributionBatch.Stored> perMission = batch.linesIn(List.of(month.atDay(1)));
        Map<CountryKey, ContributionLine> perCountry = months.countryLines(month);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int removed;
        if (statistics.report().namesMissions()) {
            Set<ContributionKey> kept = new HashSet<>();
            for (ContributionLine line : statistics.lines()) {
                ContributionKey key = ContributionKey.of(line);
                ContributionBatch.Stored stored = perMission.get(key);
                kept.add(key);
                if (stored == null) {
                    created++;
                } else if (stored.line().sameCountsAs(line)) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
            removed = (int) perMission.keySet().stream()
                            .filter(key -> !kept.contains(key))
                            .count()
                    + perCountry.size();
        } else {
            Set<CountryKey> kept = new HashSet<>();
            for (ContributionLine line : statistics.lines()) {
                CountryKey key = CountryKey.of(line);
                ContributionLine stored = perCountry.get(key);
                kept.add(key);
                if (stored == null) {
                    created++;
                } else if (stored.sameCountsAs(line)) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
            removed = (int) perCountry.keySet().stream()
                            .filter(key -> !kept.contains(key))
                            .count()
                    + perMission.size();
        }
        return new MonthChanges(
                month,
                created,
                updated,
                unchanged,
                removed,
                perMission.size(),
                perCountry.size(),
                months.report(month));
    }

    /** Writes the months, reporting the lines done after each batch of them. */
    List<MonthChanges> write(List<MonthStatistics> statistics, Map<String, String> missionNames, IntConsumer progress) {
        List<MonthChanges> written = new ArrayList<>();
        int[] done = {0};
        Map<String, Long> missionIds = missionIds(
                statistics.stream()
                        .filter(month -> month.report().namesMissions())
                        .flatMap(month -> month.lines().stream())
                        .toList(),
                missionNames);
        for (MonthStatistics month : statistics) {
            MonthChanges changes = changes(month);
            written.add(changes);
            if (month.report().namesMissions()) {
                writePerMission(month, missionIds, count -> progress.accept(done[0] + count));
            } else {
                months.deleteMissionLines(month.month());
                months.replaceCountryLines(month.month(), month.lines());
            }
            months.saveReport(month.report());
            done[0] += month.lines().size();
            progress.accept(done[0]);
        }
        List<LocalDate> days = statistics.stream()
                .map(month -> month.month().atDay(1))
                .distinct()
                .toList();
        totals.recount(days);
        flows.recountYears(days);
        aggregates.changed();
        return written;
    }

    /**
     * Writes months the atlas holds nothing of (the statistics that come with it, on a first start): their lines
     * are only added, with nothing to compare them with or remove.
     */
    void writeAbsent(List<MonthStatistics> statistics) {
        Map<String, Long> missionIds = missionIds(
                statistics.stream()
                        .filter(month -> month.report().namesMissions())
                        .flatMap(month -> month.lines().stream())
                        .toList(),
                Map.of());
        for (MonthStatistics month : statistics) {
            if (month.report().namesMissions()) {
                batch.write(month.lines(), Map.of(), missionIds, done -> {});
            } else {
                months.replaceCountryLines(month.month(), month.lines());
            }
            months.saveReport(month.report());
        }
        List<LocalDate> days =
                statistics.stream().map(month -> month.month().atDay(1)).toList();
        totals.recount(days);
        flows.recountYears(days);
        aggregates.changed();
    }

    private void writePerMission(MonthStatistics month, Map<String, Long> missionIds, IntConsumer progress) {
        Map<ContributionKey, ContributionBatch.Stored> stored =
                batch.linesIn(List.of(month.month().atDay(1)));
        batch.write(month.lines(), missionIds, progress);
        Set<ContributionKey> kept = new HashSet<>();
        month.lines().forEach(line -> kept.add(ContributionKey.of(line)));
        List<Long> gone = stored.entrySet().stream()
                .filter(entry -> !kept.contains(entry.getKey()))
                .map(entry -> entry.getValue().id())
                .toList();
        months.deleteMissionLines(gone);
        months.replaceCountryLines(month.month(), List.of());
    }

    /**
     * The ids of the lines' missions by upper-case acronym, creating those not yet known with the names given
     * (their acronym where none is).
     */
    Map<String, Long> missionIds(List<ContributionLine> lines, Map<String, String> missionNames) {
        // Read with plain SQL: the statistics that come with the atlas are written while Hibernate still starts.
        Map<String, Long> missionIds = new HashMap<>();
        jdbc.sql("select id, acronym from mission").query(row -> {
            missionIds.put(row.getString(2).toUpperCase(Locale.ROOT), row.getLong(1));
        });
        for (ContributionLine line : lines) {
            String acronym = line.mission().strip().toUpperCase(Locale.ROOT);
            if (!missionIds.containsKey(acronym)) {
                String name = missionNames.getOrDefault(acronym, "");
                Mission created = missions.saveAndFlush(new Mission(
                        line.mission().strip(), name.isBlank() ? line.mission().strip() : name, null));
                missionIds.put(acronym, created.getId());
            }
        }
        return missionIds;
    }
}
