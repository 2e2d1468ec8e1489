package org.cooperationatlas.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.base.ui.BrowserGrid;
import org.cooperationatlas.base.ui.chart.EChart.ChartClick;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.record.ui.RecordListView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

// The seeded article alone, in a database no test changes, so that every number is known.
@SpringBootTest(properties = "atlas.test.database=seed-only")
class DashboardViewTest extends KaribuTest {

    private DashboardView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(DashboardView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> recordsShown() {
        BrowserGrid<RecordRow> grid = _get(BrowserGrid.class);
        return grid.fetch(0, 100).stream().map(RecordRow::title).toList();
    }

    @Test
    void the_tiles_keep_qualifiers_and_never_fold_cumulative_totals_or_other_currencies_in() {
        DashboardView view = open("");
        assertThat(view.tiles.records.text()).startsWith("10 |");
        assertThat(view.tiles.countries.text()).startsWith("6 |");
        assertThat(view.tiles.suspects.text())
                .startsWith("about 5,378 people | Sum of 4 figures for single periods, 2011 – 2016");
        assertThat(view.tiles.victims.text()).startsWith("253 people");
        assertThat(view.tiles.fugitives.text())
                .isEqualTo("2,873 people | Cumulative total from one figure, January 2012 – March 2017");
        assertThat(view.tiles.assets.text())
                .startsWith("about 8.99 billion CNY")
                .contains("Stated separately, not added: about 136 million USD");
    }

    @Test
    void filters_in_the_url_change_the_data_behind_every_chart() {
        DashboardView view = open("kind=JOINT_PATROL");
        assertThat(view.tiles.records.text()).startsWith("2 |");
        assertThat(view.charts.perYear.chart().getOption().at("/series").findValuesAsText("name"))
                .containsExactly("Joint patrol");
        assertThat(view.charts.outcomes.csv().rows()).isEmpty();
        assertThat(view.charts.byRegion.csv().rows()).containsExactly(List.of("Asia", "2"), List.of("Europe", "2"));

        view = open("country=US");
        assertThat(view.tiles.records.text()).startsWith("1 |");
        assertThat(view.charts.byRegion.csv().rows()).containsExactly(List.of("Americas", "1"), List.of("Asia", "1"));
        assertThat(view.charts.fled.csv().rows()).isEmpty();

        view = open("from=2014&to=2016");
        assertThat(view.charts.fled.csv().rows())
                .containsExactly(
                        List.of("2014", "101 people"), List.of("2015", "31 people"), List.of("2016", "19 people"));
        assertThat(view.filterBar).isNotNull();
    }

    @Test
    void clicking_a_bar_opens_exactly_the_records_behind_it() {
        DashboardView view = open("");
        view.charts.perYear.chart().fireClick(new ChartClick("Joint patrol", "2016", "2016:JOINT_PATROL", "1"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("records?kind=JOINT_PATROL&from=2016&to=2016");
        assertThat(_get(RecordListView.class)).isNotNull();
        assertThat(recordsShown()).containsExactly("China–Italy joint police patrols in Rome and Milan");

        open("").charts.fled.chart().fireClick(new ChartClick("", "2015", "2015", "31"));
        assertThat(recordsShown())
                .containsExactly("Sky Net and Fox Hunt: hunting corruption suspects who fled overseas");

        open("").charts.byRegion.chart().fireClick(new ChartClick("", "Europe", "Europe", "2"));
        assertThat(recordsShown()).hasSize(2);

        open("kind=JOINT_OPERATION")
                .charts
                .outcomes
                .chart()
                .fireClick(new ChartClick("", "", "SUSPECTS_DETAINED", "10"));
        assertThat(recordsShown()).containsExactly("China–US crackdown on a chain of pornographic websites");
    }

    @Test
    void every_chart_offers_its_rows_as_csv_with_its_sources() {
        DashboardView view = open("");
        String csv = new String(view.charts.outcomes.csv().toBytes(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(
                        "Outcomes by metric",
                        "Sources: Xinhua, 2017-09-27: Chinese police contribute to global security")
                .contains("Fugitives captured (cumulative),\"2,873 people\",1,January 2012 – March 2017")
                .contains("Suspects arrested,\"nearly 5,001 people\",2,2011 – 2016");
        assertThat(view.charts.perYear.csv().rows()).contains(List.of("2011", "0", "1", "0", "0", "1"));
        assertThat(view.charts.perYear.chart().tableRows())
                .isEqualTo(view.charts.perYear.csv().rows());
        assertThat(view.charts.peacekeeping.csv().rows()).isEmpty();
    }
}
