package org.cooperationatlas.importing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperationatlas.importing.ImportProgress;
import org.cooperationatlas.peacekeeping.MonthRange;
import org.cooperationatlas.peacekeeping.MonthReport;
import org.cooperationatlas.peacekeeping.MonthlyPersonnel;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The UN's reports checked and imported against the real database, each test from an atlas without statistics. */
@SpringBootTest(properties = "atlas.test.database=report-import")
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class ReportImportServiceTest {

    @Autowired
    ReportImportService reports;

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    PeacekeepingFlows flows;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noStatistics() {
        for (String table : List.of(
                "peacekeeping_contribution",
                "contribution_by_country",
                "contribution_report",
                "contribution_month_total",
                "contribution_month_sum",
                "contribution_month_region",
                "contribution_year_flow")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("update data_version set version = version + 1 where id = 1");
    }

    @Test
    void three_reports_of_different_layouts_are_checked_imported_and_then_held_as_they_give_them() {
        List<ReportFile> files = read("2015-01", "2018-03", "2025-06");

        List<ReportPlan> plans = reports.check(files, ReportChoices.NONE);

        assertThat(plans)
                .extracting(ReportPlan::month)
                .containsExactly(YearMonth.of(2015, 1), YearMonth.of(2018, 3), YearMonth.of(2025, 6));
        assertThat(plans).allMatch(ReportPlan::ready).allMatch(ReportPlan::everyTotalAgrees);
        assertThat(plans).allSatisfy(plan -> assertThat(plan.problems()).allMatch(ReportProblem::note));
        assertThat(plans.get(1).namesMissions()).isFalse();
        assertThat(plans.get(2).people()).isEqualTo(61_299);
        assertThat(plans.get(2).changes().created()).isEqualTo(plans.get(2).lines());

        ReportImportSummary done = reports.commit(files, ReportChoices.NONE, ImportProgress.NONE);

        assertThat(done.months()).hasSize(3);
        assertThat(done.created())
                .isEqualTo(plans.stream().mapToInt(ReportPlan::lines).sum());
        assertThat(peacekeeping.monthsHeld())
                .containsExactly(YearMonth.of(2015, 1), YearMonth.of(2018, 3), YearMonth.of(2025, 6));
        assertThat(peacekeeping.monthlyPersonnel(null, null, null, null).stream()
                        .filter(month -> month.month().equals(LocalDate.of(2025, 6, 1)))
                        .mapToLong(MonthlyPersonnel::total)
                        .sum())
                .isEqualTo(61_299);
        // A report without missions still gives each country's personnel for its month, and no flows.
        assertThat(peacekeeping.monthlyPersonnel("BD").stream()
                        .filter(month -> month.month().equals(LocalDate.of(2018, 3, 1)))
                        .mapToLong(MonthlyPersonnel::total)
                        .sum())
                .isEqualTo(peopleOf(files.get(1), "Bangladesh"));
        assertThat(flows.monthsWithoutMissions()).containsExactly(YearMonth.of(2018, 3));
        assertThat(flows.flows(MonthRange.of(YearMonth.of(2018, 3)), PersonnelGroup.ALL)
                        .flows())
                .isEmpty();
        assertThat(flows.flows(MonthRange.of(YearMonth.of(2025, 6)), PersonnelGroup.ALL)
                        .flows())
                .isNotEmpty();
        assertThat(peacekeeping.reports())
                .extracting(MonthReport::month, MonthReport::publisher, MonthReport::origin)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        YearMonth.of(2025, 6), MonthReport.UN_PUBLISHER, MonthReport.Origin.IMPORTED));

        assertThat(reports.check(read("2015-01", "2018-03", "2025-06"), ReportChoices.NONE))
                .extracting(ReportPlan::status)
                .containsOnly(ReportPlan.Status.UNCHANGED);
        ReportImportSummary again = reports.commit(read("2025-06"), ReportChoices.NONE, ImportProgress.NONE);
        assertThat(again.months()).isEmpty();
    }

    @Test
    void a_copy_under_another_months_name_is_the_month_it_prints_and_is_imported_once() {
        List<ReportFile> files = read("2015-03", "2015-04");

        List<ReportPlan> plans = reports.check(files, ReportChoices.NONE);

        assertThat(plans).extracting(ReportPlan::month).containsOnly(YearMonth.of(2015, 4));
        assertThat(plans)
                .extracting(ReportPlan::status)
                .containsExactly(ReportPlan.Status.READY, ReportPlan.Status.COPY);
        assertThat(plans.get(1).sameAs()).isEqualTo("UN_country_contributions_2015_03.pdf");
        reports.commit(files, ReportChoices.NONE, ImportProgress.NONE);
        assertThat(lines()).isEqualTo(plans.get(0).lines());
    }

    @Test
    void a_report_with_a_total_changed_by_hand_is_imported_only_once_the_difference_is_confirmed() {
        Path forged = ReportFixtures.withNumberChanged(UnReportsFolder.report("2025-06"), 30, "61299", "61300");
        List<ReportFile> files = reports.read("forged.pdf", forged);

        ReportPlan plan = reports.check(files, ReportChoices.NONE).get(0);

        assertThat(plan.status()).isEqualTo(ReportPlan.Status.NEEDS_CONFIRMATION);
        assertThat(plan.totalsDisagreeing()).isEqualTo(1);
        ReportProblem difference = plan.problems().stream()
                .filter(problem -> !problem.note())
                .findFirst()
                .orElseThrow();
        assertThat(difference.messageKey()).isEqualTo("import.report.totalMismatch");
        assertThat(difference.page()).isEqualTo(30);
        assertThat(difference.arguments())
                .containsExactly("import.report.total.GRAND", "", "import.report.count.TOTAL", 61_300, 61_299);
        assertThat(reports.commit(files, ReportChoices.NONE, ImportProgress.NONE)
                        .months())
                .isEmpty();
        assertThat(lines()).isZero();

        ReportChoices confirmed = new ReportChoices(Map.of(), Map.of("forged.pdf", Set.of(difference.key())));
        assertThat(reports.check(files, confirmed).get(0).status()).isEqualTo(ReportPlan.Status.READY);
        reports.commit(files, confirmed, ImportProgress.NONE);
        assertThat(lines()).isEqualTo(plan.lines());
    }

    @Test
    void files_that_are_not_such_reports_are_refused_with_the_reason_and_nothing_is_written() {
        Path real = UnReportsFolder.report("2025-06");
        List<ReportFile> files = new java.util.ArrayList<>();
        files.addAll(reports.read("empty.pdf", ReportFixtures.write(new byte[0])));
        files.addAll(reports.read("notes.pdf", ReportFixtures.write("Some notes".getBytes())));
        files.addAll(reports.read("minutes.pdf", ReportFixtures.minutes()));
        files.addAll(reports.read("locked.pdf", ReportFixtures.locked(real)));
        files.addAll(reports.read("broken.pdf", ReportFixtures.cutShort(real, 20_000)));

        List<ReportPlan> plans = reports.check(files, ReportChoices.NONE);

        assertThat(plans).extracting(ReportPlan::status).containsOnly(ReportPlan.Status.UNREADABLE);
        assertThat(plans)
                .extracting(ReportPlan::failureKey)
                .containsExactly(
                        "import.report.empty",
                        "import.report.notPdf",
                        "import.report.notAReport",
                        "import.report.encrypted",
                        "import.report.damaged");
        assertThat(reports.commit(files, ReportChoices.NONE, ImportProgress.NONE)
                        .months())
                .isEmpty();
        assertThat(lines()).isZero();
    }

    @Test
    void a_zip_of_reports_is_read_as_the_pdfs_it_holds() {
        Path zip = ReportFixtures.zip(List.of(UnReportsFolder.report("2023-09"), UnReportsFolder.report("2021-01")));

        List<ReportFile> files = reports.read("reports.zip", zip);

        assertThat(files)
                .extracting(ReportFile::fileName)
                .containsExactly("UN_country_contributions_2023_09.pdf", "UN_country_contributions_2021_01.pdf");
        assertThat(reports.check(files, ReportChoices.NONE)).allMatch(ReportPlan::ready);
    }

    @Test
    void a_report_for_a_month_the_atlas_holds_says_what_it_would_change_and_then_replaces_it_whole() {
        reports.commit(read("2019-11"), ReportChoices.NONE, ImportProgress.NONE);
        int before = lines();
        // December's report taken for November, as an administrator correcting a month would.
        List<ReportFile> december = read("2019-12");
        ReportChoices asNovember =
                new ReportChoices(Map.of("UN_country_contributions_2019_12.pdf", YearMonth.of(2019, 11)), Map.of());

        ReportPlan plan = reports.check(december, asNovember).get(0);

        assertThat(plan.month()).isEqualTo(YearMonth.of(2019, 11));
        assertThat(plan.changes().heldPerMission()).isEqualTo(before);
        assertThat(plan.changes().created()
                        + plan.changes().updated()
                        + plan.changes().removed())
                .isPositive();
        assertThat(plan.changes().created()
                        + plan.changes().updated()
                        + plan.changes().unchanged())
                .isEqualTo(plan.lines());
        reports.commit(december, asNovember, ImportProgress.NONE);
        assertThat(lines()).isEqualTo(plan.lines());
        assertThat(peacekeeping.monthsHeld()).containsExactly(YearMonth.of(2019, 11));
    }

    private List<ReportFile> read(String... months) {
        return UnReportsFolder.read(
                reports,
                java.util.Arrays.stream(months).map(UnReportsFolder::report).toList());
    }

    private static long peopleOf(ReportFile file, String country) {
        return file.report().rows().stream()
                .filter(row -> row.country().equals(country))
                .mapToLong(ReportRow::people)
                .sum();
    }

    private int lines() {
        Integer perMission = jdbc.queryForObject("select count(*) from peacekeeping_contribution", Integer.class);
        Integer perCountry = jdbc.queryForObject("select count(*) from contribution_by_country", Integer.class);
        return perMission + perCountry;
    }
}
