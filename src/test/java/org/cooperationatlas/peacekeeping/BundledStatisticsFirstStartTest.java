package org.cooperationatlas.peacekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A fresh atlas, started as an installation starts it, holds the UN's statistics that come with it soon after. */
@SpringBootTest(properties = {"atlas.statistics.bundled=true", "atlas.test.database=first-start"})
class BundledStatisticsFirstStartTest {

    @Autowired
    BundledStatistics bundled;

    @Autowired
    PeacekeepingService peacekeeping;

    @Test
    void a_fresh_database_holds_every_month_of_the_shipped_statistics_within_a_minute() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (peacekeeping.monthsHeld().size() < 113 || bundled.loading().isPresent()) {
            assertThat(Instant.now()).as("loaded within a minute").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(peacekeeping.monthsHeld()).hasSize(113).startsWith(java.time.YearMonth.of(2015, 1));
        assertThat(peacekeeping.reports()).allMatch(report -> report.origin() == MonthReport.Origin.BUNDLED);
    }
}
