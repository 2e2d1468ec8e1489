package org.cooperationatlas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard's aggregates on the seeded article alone (its own database, which no test changes). */
@SpringBootTest(properties = "atlas.test.database=seed-only")
class RecordStatisticsTest {

    @Autowired
    RecordStatistics statistics;

    @Test
    void records_and_countries_involved_are_counted() {
        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(10);
        assertThat(statistics.countCountriesInvolved(RecordFilter.NONE)).isEqualTo(6);
        assertThat(statistics.countRecords(RecordFilter.NONE.withCountry("IT"))).isEqualTo(2);
        assertThat(statistics.countCountriesInvolved(RecordFilter.NONE.withCountry("IT")))
                .isEqualTo(2);
        assertThat(statistics.countRecords(RecordFilter.NONE.withRegion("Europe")))
                .isEqualTo(2);
        assertThat(statistics.countRecords(
                        RecordFilter.NONE.withRegion("Europe").withText("rome")))
                .isEqualTo(2);
        assertThat(statistics.countRecords(
                        RecordFilter.NONE.withRegion("Europe").withText("foreign")))
                .isEqualTo(1);
        assertThat(statistics.countRecords(RecordFilter.NONE.withCountry("IT").withText("badaling patrols")))
                .isEqualTo(1);
        assertThat(statistics.sourcesOf(RecordFilter.NONE.withCountry("IT"), 4))
                .containsExactly("Xinhua, 2017-09-27: Chinese police contribute to global security");
        assertThat(statistics.sourcesOf(RecordFilter.NONE.withRegion("Oceania"), 4))
                .isEmpty();
    }

    @Test
    void records_by_region_count_each_record_once_per_region_of_its_lead_or_partners() {
        assertThat(statistics.recordsByRegion(RecordFilter.NONE))
                .containsEntry("Asia", 10L)
                .containsEntry("Europe", 2L)
                .containsEntry("Americas", 1L)
                .doesNotContainKey("Africa");
    }

    @Test
    void records_per_year_count_every_record_active_in_the_year() {
        List<YearCount> in2016 = statistics.recordsPerYear(RecordFilter.NONE.withYears(2016, 2016));
        assertThat(in2016)
                .containsExactlyInAnyOrder(
                        new YearCount(2016, RecordKind.JOINT_PATROL, 1),
                        new YearCount(2016, RecordKind.JOINT_OPERATION, 1),
                        new YearCount(2016, RecordKind.MULTILATERAL_CAMPAIGN, 1),
                        new YearCount(2016, RecordKind.FUGITIVE_REPATRIATION, 1),
                        new YearCount(2016, RecordKind.PEACEKEEPING_DEPLOYMENT, 1));
        assertThat(statistics.recordsPerYear(RecordFilter.NONE))
                .extracting(YearCount::year)
                .contains(2000, 2011, 2017, LocalDate.now().getYear())
                .doesNotContain(1999);
    }

    @Test
    void totals_keep_their_qualifiers_and_never_mix_units_or_cumulative_figures() {
        List<FigureTotal> totals = statistics.figureTotals(RecordFilter.NONE);
        assertThat(find(totals, Metric.SUSPECTS_ARRESTED, Unit.PEOPLE, false).total())
                .isEqualByComparingTo("5001");
        assertThat(find(totals, Metric.SUSPECTS_ARRESTED, Unit.PEOPLE, false).qualifier())
                .isEqualTo(Qualifier.NEARLY);
        assertThat(find(totals, Metric.SUSPECTS_DETAINED, Unit.PEOPLE, false).total())
                .isEqualByComparingTo("377");
        assertThat(find(totals, Metric.SUSPECTS_DETAINED, Unit.PEOPLE, false).qualifier())
                .isEqualTo(Qualifier.MORE_THAN);
        FigureTotal captured = find(totals, Metric.FUGITIVES_CAPTURED, Unit.PEOPLE, true);
        assertThat(captured.total()).isEqualByComparingTo("2873");
        assertThat(captured.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(captured.from()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(captured.to()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(find(totals, Metric.ASSETS_RECOVERED, Unit.CNY, true).total())
                .isEqualByComparingTo("8990000000");
        assertThat(find(totals, Metric.ASSETS_RECOVERED, Unit.USD, true).total())
                .isEqualByComparingTo("136000000");
        // Personnel on standby is a state, not a count of things done: two records of one standby force add up
        // to nothing.
        assertThat(totals)
                .filteredOn(t -> t.metric().equals(Metric.PERSONNEL_ON_STANDBY))
                .isEmpty();
    }

    @Test
    void totals_follow_the_filter() {
        List<FigureTotal> operations = statistics.figureTotals(
                RecordFilter.NONE.withKind(RecordKind.JOINT_OPERATION), List.of(Metric.SUSPECTS_ARRESTED));
        assertThat(operations).singleElement().satisfies(total -> {
            assertThat(total.total()).isEqualByComparingTo("5001");
            assertThat(total.figures()).isEqualTo(2);
        });
        assertThat(statistics.figureTotals(RecordFilter.NONE.withCountry("IT"))).isEmpty();
    }

    @Test
    void fugitives_who_fled_are_summed_per_year_from_yearly_figures_only() {
        assertThat(statistics.yearlyTotals(RecordFilter.NONE, Metric.FUGITIVES_FLED))
                .extracting(total -> total.year() + ":" + total.total().intValueExact() + ":" + total.qualifier())
                .containsExactly("2014:101:EXACT", "2015:31:EXACT", "2016:19:EXACT");
        assertThat(statistics.yearlyTotals(RecordFilter.NONE, Metric.FUGITIVES_CAPTURED))
                .isEmpty();
    }

    @Test
    void the_sources_behind_the_records_are_named() {
        assertThat(statistics.sourcesOf(RecordFilter.NONE, 5))
                .containsExactly("Xinhua, 2017-09-27: Chinese police contribute to global security");
    }

    private static FigureTotal find(List<FigureTotal> totals, Metric metric, Unit unit, boolean cumulative) {
        return totals.stream()
                .filter(t -> t.metric().equals(metric) && t.unit().equals(unit) && t.cumulative() == cumulative)
                .findFirst()
                .orElseThrow(() -> new AssertionError(metric + " " + unit + " " + cumulative));
    }
}
