package org.cooperationatlas.peacekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The statistics that come with the atlas loaded into its database: once, whole, and not over an import. */
@SpringBootTest(properties = "atlas.test.database=bundled-loading")
class BundledStatisticsLoadingTest {

    @Autowired
    BundledStatistics bundled;

    @Autowired
    PeacekeepingService peacekeeping;

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
    void an_atlas_without_statistics_loads_every_month_that_comes_with_it_and_the_next_start_loads_none()
            throws Exception {
        List<MonthReport> shipped = shippedReports();

        assertThat(bundled.loadMissing()).isEqualTo(shipped.size());

        assertThat(peacekeeping.monthsHeld()).hasSize(shipped.size());
        assertThat(lines()).isEqualTo(shippedLines());
        assertThat(peacekeeping.reports())
                .extracting(MonthReport::month, MonthReport::people, MonthReport::origin)
                .containsExactlyElementsOf(shipped.stream()
                        .map(report -> org.assertj.core.groups.Tuple.tuple(
                                report.month(), report.people(), MonthReport.Origin.BUNDLED))
                        .toList());
        assertThat(peopleIn(YearMonth.of(2025, 6))).isEqualTo(61_299);
        assertThat(bundled.loadMissing()).isZero();
        assertThat(lines()).isEqualTo(shippedLines());
    }

    @Test
    void a_start_stopped_half_way_loads_the_rest_on_the_next_and_nothing_twice() throws Exception {
        bundled.loadMissing();
        int all = lines();
        // Stopped after 2019: the years after it were never written.
        for (String table : List.of(
                "peacekeeping_contribution",
                "contribution_by_country",
                "contribution_report",
                "contribution_month_total",
                "contribution_month_sum",
                "contribution_month_region")) {
            jdbc.update("delete from " + table + " where period_month >= date '2020-01-01'");
        }
        jdbc.update("delete from contribution_year_flow where period_year >= 2020");
        long laterMonths = shippedReports().stream()
                .filter(report -> report.month().getYear() >= 2020)
                .count();

        assertThat(bundled.loadMissing()).isEqualTo(laterMonths);

        assertThat(lines()).isEqualTo(all);
        assertThat(peopleIn(YearMonth.of(2025, 6))).isEqualTo(61_299);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_month_an_administrator_imported_is_left_as_imported() {
        ContributionLine line =
                new ContributionLine(YearMonth.of(2015, 1).atDay(1), "CN", "UNMIL", PersonnelType.TROOPS, 1, 1, 2);
        peacekeeping.replaceMonths(
                List.of(MonthStatistics.of(
                        YearMonth.of(2015, 1),
                        "A report",
                        true,
                        "own.pdf",
                        MonthReport.Origin.IMPORTED,
                        List.of(line))),
                done -> {});

        bundled.loadMissing();

        assertThat(peopleIn(YearMonth.of(2015, 1))).isEqualTo(2);
        assertThat(peacekeeping.reports().get(0).fileName()).isEqualTo("own.pdf");
    }

    private long peopleIn(YearMonth month) {
        return jdbc.queryForObject(
                "select sum(total) from contribution_month_sum where period_month = ?", Long.class, month.atDay(1));
    }

    private int lines() {
        return jdbc.queryForObject("select count(*) from peacekeeping_contribution", Integer.class)
                + jdbc.queryForObject("select count(*) from contribution_by_country", Integer.class);
    }

    private static List<MonthReport> shippedReports() throws Exception {
        try (InputStream in = new ClassPathResource(BundledStatisticsFile.REPORTS).getInputStream()) {
            return BundledStatisticsFile.reports(in);
        }
    }

    private static int shippedLines() throws Exception {
        AtomicInteger count = new AtomicInteger();
        try (InputStream in = new ClassPathResource(BundledStatisticsFile.LINES).getInputStream()) {
            BundledStatisticsFile.lines(in, line -> count.incrementAndGet());
        }
        return count.get();
    }
}
