package org.cooperationatlas.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.measure.TestMeasures;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The overview's totals with the metrics and units an administrator added, and with figures that never add up. */
class DashboardMeasuresTest extends KaribuTest {

    @Autowired
    TestMeasures testMeasures;

    @Autowired
    TestRecords testRecords;

    @Autowired
    RecordService records;

    @Test
    void boats_officers_and_percentages_are_each_a_line_of_their_own_and_never_added_up() {
        testMeasures.addPatrolBoats();
        login("edith", Role.EDITOR);
        for (String title : new String[] {"Harbour patrol of the boats", "Estuary patrol of the boats"}) {
            CooperationRecord record = testRecords.unsaved(title);
            Figure officers = record.getFigures().get(0);
            record.addFigure(new Figure(
                    TestMeasures.PATROL_BOATS_DEPLOYED,
                    new BigDecimal("12"),
                    Qualifier.EXACT,
                    TestMeasures.PATROL_BOATS,
                    officers.getSource()));
            record.addFigure(new Figure(
                    Metric.CHANGE, new BigDecimal("40"), Qualifier.EXACT, new Unit("PERCENT"), officers.getSource()));
            records.save(record);
        }
        logout();

        UI.getCurrent().navigate("", QueryParameters.fromString("q=boats"));
        DashboardView overview = _get(DashboardView.class);
        assertThat(overview.charts.outcomes.csv().rows())
                .extracting(line -> line.get(0) + ": " + line.get(1) + " from " + line.get(2))
                .containsExactlyInAnyOrder(
                        "Officers deployed: 24 people from 2", "Patrol boats deployed: 24 patrol boats from 2");
    }

    @Test
    void where_two_sources_disagree_the_outcomes_table_says_so_beside_its_sources() {
        login("edith", Role.EDITOR);
        for (String[] report : new String[][] {
            {"Ferry patrol as the ministry counts it", "2019-06-01", "40"},
            {"Ferry patrol as the coast guard counts it", "2019-09-01", "25"}
        }) {
            CooperationRecord record = testRecords.unsaved(report[0]);
            org.cooperationatlas.source.Source source =
                    record.getSources().iterator().next();
            source.setPublishedOn(java.time.LocalDate.parse(report[1]));
            record.getFigures().get(0).setValue(new BigDecimal(report[2]));
            record.getFigures().get(0).setPeriodFrom(java.time.LocalDate.of(2019, 6, 1));
            record.getFigures().get(0).setPeriodTo(java.time.LocalDate.of(2019, 6, 30));
            records.save(record);
        }
        logout();
        UI.getCurrent().navigate("", QueryParameters.fromString("q=ferry+patrol"));
        DashboardView overview = _get(DashboardView.class);
        assertThat(overview.charts.outcomes.csv().notes())
                .anySatisfy(note -> assertThat(note)
                        .startsWith("They disagree:")
                        .contains("40 people")
                        .contains("25 people"));
    }
}
