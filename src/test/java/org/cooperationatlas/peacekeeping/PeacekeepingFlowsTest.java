package org.cooperationatlas.peacekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.FlowGroups;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.FigureCheck;
import org.cooperationatlas.record.FigureChecks;
import org.cooperationatlas.record.RecordService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flows, the personnel map's counts, a country's missions and ranks, computed from a generated set of contribution
 * lines and checked against sums made here from the same lines. Each test writes its own years.
 */
@SpringBootTest
@TestPropertySource(properties = "atlas.test.database=flows")
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class PeacekeepingFlowsTest {

    private static final List<String> CONTRIBUTORS =
            List.of("CN", "RW", "NP", "BD", "GH", "FR", "GB", "US", "RU", "IN", "PK", "EG", "SN", "ET");
    // Two missions in Liberia, a mission and its successor in the Congo, a territory, and one in South Sudan.
    private static final List<String> MISSIONS = List.of("UNMIL", "UNOMIL", "MONUC", "MONUSCO", "MINURSO", "UNMISS");

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    PeacekeepingFlows flows;

    @Autowired
    FigureChecks checks;

    @Autowired
    RecordService records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void flows_add_up_to_the_lines_they_come_from_over_any_range_of_months() {
        List<ContributionLine> lines = generated(new Random(7), YearMonth.of(2061, 3), YearMonth.of(2063, 10));
        peacekeeping.write(lines, Map.of(), done -> {});
        // Corrections to some lines, as a later file would bring: every sum must follow them.
        List<ContributionLine> corrected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 9) {
            ContributionLine line = lines.get(i);
            corrected.add(new ContributionLine(
                    line.month(), line.country(), line.mission(), line.personnelType(), null, null, line.total() + 3));
            lines.set(i, corrected.get(corrected.size() - 1));
        }
        peacekeeping.write(corrected, Map.of(), done -> {});

        List<MonthRange> ranges = List.of(
                MonthRange.of(YearMonth.of(2062, 5)),
                new MonthRange(YearMonth.of(2061, 4), YearMonth.of(2061, 11)),
                new MonthRange(YearMonth.of(2062, 1), YearMonth.of(2062, 12)),
                new MonthRange(YearMonth.of(2061, 6), YearMonth.of(2063, 2)),
                new MonthRange(YearMonth.of(2061, 1), YearMonth.of(2063, 12)));
        for (MonthRange range : ranges) {
            for (PersonnelGroup group : PersonnelGroup.values()) {
                PersonnelFlows result = flows.flows(range, group);
                assertThat(byFlow(result)).as(range + " " + group).isEqualTo(expected(lines, range, group));
                assertThat(result.months()).isEqualTo(monthsIn(lines, range));
                assertThat(result.totalPersonMonths())
                        .isEqualTo(lines.stream()
                                .filter(line -> inRange(line, range, group))
                                .mapToLong(ContributionLine::total)
                                .sum());

                // The sankey's groups: the largest ends keep theirs, the rest are others, and all add up.
                List<FlowGroups.Group> groups = FlowGroups.of(
                        result.flows(),
                        PersonnelFlow::contributor,
                        flow -> flow.host().key(),
                        PersonnelFlow::personMonths,
                        5,
                        3);
                assertThat(groups.stream().mapToLong(FlowGroups.Group::value).sum())
                        .isEqualTo(result.totalPersonMonths());
                Set<String> namedSources = groups.stream()
                        .map(FlowGroups.Group::from)
                        .filter(from -> !from.equals(FlowGroups.OTHERS))
                        .collect(Collectors.toSet());
                Set<String> namedTargets = groups.stream()
                        .map(FlowGroups.Group::to)
                        .filter(to -> !to.equals(FlowGroups.OTHERS))
                        .collect(Collectors.toSet());
                assertThat(namedSources.size()).isLessThanOrEqualTo(5);
                assertThat(namedTargets.size()).isLessThanOrEqualTo(3);
                long others = result.flows().stream()
                        .filter(flow -> !namedSources.contains(flow.contributor())
                                || !namedTargets.contains(flow.host().key()))
                        .mapToLong(PersonnelFlow::personMonths)
                        .sum();
                assertThat(groups.stream()
                                .filter(FlowGroups.Group::isOthers)
                                .mapToLong(FlowGroups.Group::value)
                                .sum())
                        .isEqualTo(others);
            }
        }
    }

    @Test
    void a_host_with_several_missions_is_one_place_and_a_mission_and_its_successor_both_serve_it() {
        YearMonth month = YearMonth.of(2070, 4);
        peacekeeping.write(
                List.of(
                        line(month, "NP", "UNMIL", PersonnelType.FORMED_POLICE_UNIT, 120),
                        line(month, "NP", "UNOMIL", PersonnelType.INDIVIDUAL_POLICE, 5),
                        line(month, "CN", "MONUC", PersonnelType.TROOPS, 200),
                        line(month.plusMonths(1), "CN", "MONUSCO", PersonnelType.TROOPS, 210),
                        line(month, "BD", "MINURSO", PersonnelType.EXPERTS_ON_MISSION, 7)),
                Map.of(),
                done -> {});

        PersonnelFlow toLiberia = flows.flows(MonthRange.of(month), PersonnelGroup.POLICE).flows().stream()
                .filter(flow -> flow.contributor().equals("NP"))
                .findFirst()
                .orElseThrow();
        assertThat(toLiberia.host()).isEqualTo(new HostPlace("LR", null, null));
        assertThat(toLiberia.missions()).containsExactly("UNMIL", "UNOMIL");
        assertThat(toLiberia.personMonths()).isEqualTo(125);

        PersonnelFlow toCongo = flows.flows(new MonthRange(month, month.plusMonths(1)), PersonnelGroup.TROOPS)
                .flows()
                .get(0);
        assertThat(toCongo.host().iso2()).isEqualTo("CD");
        assertThat(toCongo.missions()).containsExactly("MONUC", "MONUSCO");
        assertThat(toCongo.averagePersonnel()).isEqualTo(205);

        PersonnelFlow toWesternSahara = flows.flows(MonthRange.of(month), PersonnelGroup.EXPERTS)
                .flows()
                .get(0);
        assertThat(toWesternSahara.host().isTerritory()).isTrue();
        assertThat(toWesternSahara.host().territory()).isEqualTo("Western Sahara");

        assertThat(flows.servedIn("LR", PersonnelGroup.POLICE).stream()
                        .filter(served -> served.month().equals(month))
                        .toList())
                .extracting(MissionMonth::mission)
                .containsExactlyInAnyOrder("UNMIL", "UNOMIL");
        assertThat(flows.servedAbroad("CN", PersonnelGroup.TROOPS).stream()
                        .filter(served -> !served.month().isBefore(month)
                                && !served.month().isAfter(month.plusMonths(1)))
                        .toList())
                .extracting(MissionMonth::mission, MissionMonth::personnel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MONUC", 200L),
                        org.assertj.core.groups.Tuple.tuple("MONUSCO", 210L));
        assertThat(flows.hostedIn(month, PersonnelGroup.ALL))
                .containsEntry("LR", 125L)
                .containsEntry("CD", 200L);
        assertThat(flows.contributedIn(month, PersonnelGroup.POLICE)).containsEntry("NP", 125L);

        // The lines behind the flow to Liberia: both missions, nothing else.
        assertThat(flows.lines("NP", List.of("UNMIL", "UNOMIL"), MonthRange.of(month), PersonnelGroup.POLICE, 0, 50))
                .extracting(ContributionLine::mission, ContributionLine::total)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("UNMIL", 120),
                        org.assertj.core.groups.Tuple.tuple("UNOMIL", 5));
        assertThat(flows.countLines("NP", List.of("UNMIL"), MonthRange.of(month), PersonnelGroup.POLICE))
                .isEqualTo(1);
    }

    @Test
    void the_rank_among_the_p5_is_the_one_counted_by_hand() {
        YearMonth month = YearMonth.of(2072, 6);
        peacekeeping.write(
                List.of(
                        line(month, "CN", "UNMISS", PersonnelType.TROOPS, 1_031),
                        line(month, "CN", "MONUSCO", PersonnelType.TROOPS, 221),
                        line(month, "FR", "UNMISS", PersonnelType.TROOPS, 640),
                        line(month, "FR", "MONUSCO", PersonnelType.TROOPS, 612),
                        line(month, "GB", "UNMISS", PersonnelType.TROOPS, 300),
                        line(month, "RU", "UNMISS", PersonnelType.TROOPS, 12),
                        line(month, "ET", "UNMISS", PersonnelType.TROOPS, 8_000),
                        line(month, "US", "UNMISS", PersonnelType.INDIVIDUAL_POLICE, 40)),
                Map.of(),
                done -> {});

        // By hand: CN 1,252 and FR 1,252 share the first place, GB 300 third, RU 12 fourth, US (no troops) fifth.
        ContributorRank china = flows.rankAmong(PeacekeepingFlows.P5, "CN", month, PersonnelGroup.TROOPS);
        assertThat(china.rank()).isEqualTo(1);
        assertThat(flows.rankAmong(PeacekeepingFlows.P5, "FR", month, PersonnelGroup.TROOPS)
                        .rank())
                .isEqualTo(1);
        assertThat(flows.rankAmong(PeacekeepingFlows.P5, "GB", month, PersonnelGroup.TROOPS)
                        .rank())
                .isEqualTo(3);
        assertThat(flows.rankAmong(PeacekeepingFlows.P5, "RU", month, PersonnelGroup.TROOPS)
                        .rank())
                .isEqualTo(4);
        assertThat(flows.rankAmong(PeacekeepingFlows.P5, "US", month, PersonnelGroup.TROOPS)
                        .rank())
                .isEqualTo(5);
        assertThat(china.ranking())
                .extracting(ContributorRank.CountryPersonnel::personnel)
                .containsExactly(1_252L, 1_252L, 300L, 12L, 0L);
        // Among all contributors Ethiopia leads.
        assertThat(flows.rankAmong(List.of("CN", "FR", "GB", "RU", "US", "ET"), "CN", month, PersonnelGroup.TROOPS)
                        .rank())
                .isEqualTo(2);
    }

    @Test
    void the_seed_articles_p5_claim_is_set_against_the_statistics_of_its_month() {
        Figure claim = seedFigure(Metric.TROOP_CONTRIBUTION_RANK_AMONG_P5);
        Figure planned = seedFigure(Metric.PLANNED_FORCE_SIZE);
        assertThat(checks.check(claim).outcome()).isEqualTo(FigureCheck.Outcome.NO_STATISTICS);

        // The article is of 27 September 2017; the UN's August figures are the latest it could know.
        YearMonth august = YearMonth.of(2017, 8);
        peacekeeping.write(
                List.of(
                        line(august, "CN", "UNMISS", PersonnelType.TROOPS, 2_400),
                        line(august, "FR", "UNIFIL", PersonnelType.TROOPS, 780),
                        line(august, "GB", "UNMISS", PersonnelType.TROOPS, 350),
                        line(august, "RU", "MINURSO", PersonnelType.EXPERTS_ON_MISSION, 16)),
                Map.of(),
                done -> {});
        FigureCheck check = checks.check(claim);
        assertThat(check.outcome()).isEqualTo(FigureCheck.Outcome.AGREES);
        assertThat(check.month()).isEqualTo(august);
        assertThat(check.value()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(check.parts()).extracting(FigureCheck.Part::iso2).containsExactly("CN", "FR", "GB", "RU", "US");
        assertThat(checks.check(planned).outcome()).isEqualTo(FigureCheck.Outcome.NO_STATISTICS);

        // Statistics of September in which France sends more troops: the claim no longer holds for that month.
        peacekeeping.write(
                List.of(line(august.plusMonths(1), "FR", "UNIFIL", PersonnelType.TROOPS, 3_000)), Map.of(), done -> {});
        FigureCheck september = checks.check(claim);
        assertThat(september.outcome()).isEqualTo(FigureCheck.Outcome.DIFFERS);
        assertThat(september.month()).isEqualTo(august.plusMonths(1));
        assertThat(september.value()).isEqualByComparingTo(BigDecimal.valueOf(2));
    }

    @Test
    void a_stated_count_agrees_with_the_statistics_as_its_qualifier_says() {
        assertThat(FigureStatistics.agrees(
                        org.cooperationatlas.base.domain.Qualifier.EXACT, BigDecimal.valueOf(140), 140))
                .isTrue();
        assertThat(FigureStatistics.agrees(
                        org.cooperationatlas.base.domain.Qualifier.ABOUT, BigDecimal.valueOf(140), 152))
                .isTrue();
        assertThat(FigureStatistics.agrees(
                        org.cooperationatlas.base.domain.Qualifier.ABOUT, BigDecimal.valueOf(140), 160))
                .isFalse();
        assertThat(FigureStatistics.agrees(
                        org.cooperationatlas.base.domain.Qualifier.MORE_THAN, BigDecimal.valueOf(300), 300))
                .isFalse();
        assertThat(FigureStatistics.agrees(
                        org.cooperationatlas.base.domain.Qualifier.NEARLY, BigDecimal.valueOf(5000), 4700))
                .isTrue();
        assertThat(FigureStatistics.agrees(
                        org.cooperationatlas.base.domain.Qualifier.NEARLY, BigDecimal.valueOf(5000), 5001))
                .isFalse();
    }

    private Figure seedFigure(Metric metric) {
        Long id = jdbc.queryForObject(
                "select record_id from figure where metric = ? order by record_id fetch first 1 rows only",
                Long.class,
                metric.name());
        return transactions.execute(status -> {
            Figure figure = records.get(id).orElseThrow().getFigures().stream()
                    .filter(f -> f.getMetric().equals(metric))
                    .findFirst()
                    .orElseThrow();
            return figure;
        });
    }

    private static List<ContributionLine> generated(Random random, YearMonth first, YearMonth last) {
        List<ContributionLine> lines = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (String country : CONTRIBUTORS) {
                for (String mission : MISSIONS) {
                    for (PersonnelType type : PersonnelType.values()) {
                        if (random.nextInt(4) == 0) {
                            lines.add(line(month, country, mission, type, random.nextInt(500)));
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static ContributionLine line(
            YearMonth month, String country, String mission, PersonnelType type, int total) {
        return new ContributionLine(month.atDay(1), country, mission, type, null, null, total);
    }

    private static boolean inRange(ContributionLine line, MonthRange range, PersonnelGroup group) {
        YearMonth month = YearMonth.from(line.month());
        return !month.isBefore(range.from())
                && !month.isAfter(range.to())
                && group.types().contains(line.personnelType());
    }

    private static int monthsIn(List<ContributionLine> lines, MonthRange range) {
        return (int) lines.stream()
                .map(line -> YearMonth.from(line.month()))
                .filter(month -> !month.isBefore(range.from()) && !month.isAfter(range.to()))
                .distinct()
                .count();
    }

    // The places of the test's missions, as V21 describes them.
    private static String placeOf(String mission) {
        return switch (mission) {
            case "UNMIL", "UNOMIL" -> "LR";
            case "MONUC", "MONUSCO" -> "CD";
            case "MINURSO" -> "EH:Western Sahara";
            default -> "SS";
        };
    }

    private static Map<List<String>, Long> expected(
            List<ContributionLine> lines, MonthRange range, PersonnelGroup group) {
        Map<List<String>, Long> sums = new HashMap<>();
        lines.stream()
                .filter(line -> inRange(line, range, group) && line.total() > 0)
                .forEach(line ->
                        sums.merge(List.of(line.country(), placeOf(line.mission())), (long) line.total(), Long::sum));
        sums.values().removeIf(sum -> sum == 0);
        return sums;
    }

    private static Map<List<String>, Long> byFlow(PersonnelFlows result) {
        return result.flows().stream()
                .collect(Collectors.toMap(
                        flow -> List.of(flow.contributor(), flow.host().key()), PersonnelFlow::personMonths));
    }
}
