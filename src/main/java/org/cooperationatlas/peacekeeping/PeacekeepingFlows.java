package org.cooperationatlas.peacekeeping;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.peacekeeping.ContributionFlows.CountryMission;
import org.cooperationatlas.peacekeeping.ContributionFlows.CountryMissionMonth;
import org.cooperationatlas.peacekeeping.ContributionFlows.LineQuery;
import org.cooperationatlas.peacekeeping.ContributorRank.CountryPersonnel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sends personnel where: flows from contributing countries to the places their missions serve, each country's
 * personnel contributed and hosted in a month, a country's missions over time, and ranks among contributors.
 * Every answer is kept per state of the data (see {@link AggregateCache}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class PeacekeepingFlows {

    /** The five permanent members of the Security Council. */
    public static final List<String> P5 = List.of("CN", "FR", "GB", "RU", "US");

    private final ContributionFlows sums;
    private final ContributionMonths statistics;
    private final MissionRepository missions;
    private final AggregateCache aggregates;
    private final BundledStatistics bundled;

    PeacekeepingFlows(
            ContributionFlows sums,
            ContributionMonths statistics,
            MissionRepository missions,
            AggregateCache aggregates,
            BundledStatistics bundled) {
        this.bundled = bundled;
        this.sums = sums;
        this.statistics = statistics;
        this.missions = missions;
        this.aggregates = aggregates;
    }

    /** Every month the atlas holds statistics for, in order. */
    public List<YearMonth> months() {
        return aggregates.get(List.of("flowMonths"), sums::months);
    }

    /** How far the loading of the statistics that come with the atlas has got, while it runs. */
    public Optional<StatisticsLoading> statisticsLoading() {
        return bundled.loading();
    }

    /** Every month whose report names no missions: where personnel served then is not known. */
    public List<YearMonth> monthsWithoutMissions() {
        return aggregates.get(
                List.of("monthsWithoutMissions"),
                () -> statistics.monthsWithoutMissions(
                        java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(2100, 12, 1)));
    }

    /** The latest month held at or before the one given. */
    public Optional<YearMonth> latestMonthUpTo(YearMonth month) {
        return months().stream().filter(held -> !held.isAfter(month)).reduce((first, second) -> second);
    }

    /** Each contributor's personnel in each place over the range, largest first. */
    public PersonnelFlows flows(MonthRange range, PersonnelGroup group) {
        return aggregates.get(List.of("flows", range, group), () -> computeFlows(range, group));
    }

    private PersonnelFlows computeFlows(MonthRange range, PersonnelGroup group) {
        List<YearMonth> withoutMissions = statistics.monthsWithoutMissions(range.firstDay(), range.lastMonthDay());
        int months = sums.monthsHeld(range) - withoutMissions.size();
        Map<Long, MissionPlace> places = places();
        Map<List<String>, List<CountryMission>> byFlow = new LinkedHashMap<>();
        for (CountryMission sum : sums.personMonths(range, group)) {
            if (sum.personMonths() > 0) {
                HostPlace host = placeOf(places, sum.missionId());
                byFlow.computeIfAbsent(List.of(sum.country(), host.key()), key -> new ArrayList<>())
                        .add(sum);
            }
        }
        List<PersonnelFlow> flows = new ArrayList<>();
        byFlow.forEach((key, parts) -> flows.add(new PersonnelFlow(
                key.get(0),
                placeOf(places, parts.get(0).missionId()),
                parts.stream()
                        .map(part -> acronymOf(places, part.missionId()))
                        .sorted()
                        .toList(),
                parts.stream().mapToLong(CountryMission::personMonths).sum(),
                months)));
        flows.sort(Comparator.comparingLong(PersonnelFlow::personMonths)
                .reversed()
                .thenComparing(PersonnelFlow::contributor)
                .thenComparing(flow -> flow.host().key()));
        return new PersonnelFlows(range, group, months, withoutMissions, List.copyOf(flows));
    }

    /** Each contributing country's personnel in the month. */
    public Map<String, Long> contributedIn(YearMonth month, PersonnelGroup group) {
        return aggregates.get(
                List.of("contributedIn", month, group), () -> Map.copyOf(sums.contributedIn(month, group)));
    }

    /**
     * Each host country's personnel in the month; a mission serving several countries counts for the first of
     * them, where its flows are drawn.
     */
    public Map<String, Long> hostedIn(YearMonth month, PersonnelGroup group) {
        return aggregates.get(List.of("hostedIn", month, group), () -> {
            Map<Long, MissionPlace> places = places();
            Map<String, Long> hosted = new HashMap<>();
            sums.perMissionIn(month, group).forEach((missionId, personnel) -> {
                String host = placeOf(places, missionId).iso2();
                if (host != null) {
                    hosted.merge(host, personnel, Long::sum);
                }
            });
            return Map.copyOf(hosted);
        });
    }

    /** Where a country's personnel served, per month and mission. */
    public List<MissionMonth> servedAbroad(String iso2, PersonnelGroup group) {
        return aggregates.get(
                List.of("servedAbroad", iso2, group), () -> missionMonths(sums.ofContributor(iso2, group)));
    }

    /** Who served in the missions in a country (any of their host countries), per month and contributor. */
    public List<MissionMonth> servedIn(String iso2, PersonnelGroup group) {
        return aggregates.get(List.of("servedIn", iso2, group), () -> {
            List<Long> hosted = places().values().stream()
                    .filter(place -> place.hosts().contains(iso2))
                    .map(MissionPlace::id)
                    .toList();
            return missionMonths(sums.inMissions(hosted, group));
        });
    }

    private List<MissionMonth> missionMonths(List<CountryMissionMonth> sums) {
        Map<Long, MissionPlace> places = places();
        return sums.stream()
                .map(sum -> new MissionMonth(
                        sum.month(),
                        sum.country(),
                        acronymOf(places, sum.missionId()),
                        placeOf(places, sum.missionId()),
                        sum.personnel()))
                .toList();
    }

    /** Where the country stands among the group by its personnel in the month. */
    public ContributorRank rankAmong(Collection<String> group, String iso2, YearMonth month, PersonnelGroup personnel) {
        Map<String, Long> contributed = contributedIn(month, personnel);
        List<CountryPersonnel> ranking = group.stream()
                .distinct()
                .map(member -> new CountryPersonnel(member, contributed.getOrDefault(member, 0L)))
                .sorted(Comparator.comparingLong(CountryPersonnel::personnel)
                        .reversed()
                        .thenComparing(CountryPersonnel::iso2))
                .toList();
        long own = contributed.getOrDefault(iso2, 0L);
        int rank = 1
                + (int) ranking.stream()
                        .filter(other -> other.personnel() > own)
                        .count();
        return new ContributorRank(iso2, month, rank, ranking);
    }

    /** The acronyms of the missions the atlas knows, for a list of lines asked for by acronym. */
    public Map<String, Long> missionIds() {
        return places().values().stream()
                .collect(Collectors.toUnmodifiableMap(MissionPlace::acronym, MissionPlace::id, (one, other) -> one));
    }

    /** A page of the lines behind a flow; a null contributor or no missions is any. */
    public List<ContributionLine> lines(
            String contributor,
            Collection<String> missionAcronyms,
            MonthRange range,
            PersonnelGroup group,
            int offset,
            int limit) {
        Map<Long, String> acronyms =
                places().values().stream().collect(Collectors.toMap(MissionPlace::id, MissionPlace::acronym));
        return sums.lines(lineQuery(contributor, missionAcronyms, range, group), acronyms, offset, limit);
    }

    public int countLines(
            String contributor, Collection<String> missionAcronyms, MonthRange range, PersonnelGroup group) {
        return sums.countLines(lineQuery(contributor, missionAcronyms, range, group));
    }

    private LineQuery lineQuery(
            String contributor, Collection<String> missionAcronyms, MonthRange range, PersonnelGroup group) {
        Map<String, Long> ids = missionIds();
        List<Long> missionIds = missionAcronyms.stream()
                .map(acronym -> ids.getOrDefault(acronym, -1L))
                .toList();
        return new LineQuery(contributor, missionIds, range, group);
    }

    private Map<Long, MissionPlace> places() {
        return aggregates.get(
                List.of("missionPlaces"),
                () -> missions.findAllByOrderByAcronym().stream()
                        .map(MissionPlace::of)
                        .collect(Collectors.toUnmodifiableMap(MissionPlace::id, Function.identity())));
    }

    private static HostPlace placeOf(Map<Long, MissionPlace> places, long missionId) {
        MissionPlace place = places.get(missionId);
        return place == null ? new HostPlace(null, null, null) : place.place();
    }

    private static String acronymOf(Map<Long, MissionPlace> places, long missionId) {
        MissionPlace place = places.get(missionId);
        return place == null ? String.valueOf(missionId) : place.acronym();
    }
}
