package org.cooperationatlas.explore.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.SentHtml;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.chart.ChartCard;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.peacekeeping.PersonnelType;
import org.cooperationatlas.peacekeeping.ui.ContributionLinesView;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The flows page, the lines behind a flow, the map's personnel measures and a country's missions. */
@TestPropertySource(properties = "atlas.test.database=flows-view")
class FlowsViewTest extends KaribuTest {

    static final YearMonth AUGUST = YearMonth.of(2017, 8);
    static final YearMonth SEPTEMBER = YearMonth.of(2017, 9);

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void statistics() {
        login("admin", Role.ADMIN);
        peacekeeping.write(
                List.of(
                        line(AUGUST, "CN", "UNMIL", PersonnelType.FORMED_POLICE_UNIT, 140),
                        line(AUGUST, "CN", "UNMISS", PersonnelType.TROOPS, 1_000),
                        line(AUGUST, "FR", "UNIFIL", PersonnelType.TROOPS, 780),
                        line(AUGUST, "RW", "UNMISS", PersonnelType.INDIVIDUAL_POLICE, 400),
                        line(SEPTEMBER, "CN", "UNMIL", PersonnelType.FORMED_POLICE_UNIT, 150),
                        line(SEPTEMBER, "NP", "UNMIL", PersonnelType.INDIVIDUAL_POLICE, 30),
                        line(SEPTEMBER, "CN", "UNMISS", PersonnelType.TROOPS, 1_010)),
                Map.of(),
                done -> {});
        logout();
    }

    @Test
    void the_filters_change_the_flows_and_the_address() {
        UI.getCurrent().navigate("flows");
        FlowsView flows = _get(FlowsView.class);
        // The latest month and police unless the address says otherwise.
        assertThat(flows.to.getValue()).isEqualTo(SEPTEMBER);
        assertThat(flows.personnel.getValue()).isEqualTo(PersonnelGroup.POLICE);
        assertThat(rows(flows.arcs))
                .containsExactly(
                        List.of("China", "CN", "Liberia", "UNMIL", "150", "150"),
                        List.of("Nepal", "NP", "Liberia", "UNMIL", "30", "30"));

        flows.personnel.setValue(PersonnelGroup.TROOPS);
        assertThat(address()).contains("personnel=troops").contains("from=2017-09");
        flows = _get(FlowsView.class);
        assertThat(rows(flows.arcs)).containsExactly(List.of("China", "CN", "South Sudan", "UNMISS", "1,010", "1,010"));

        flows.from.setValue(AUGUST);
        assertThat(address()).contains("from=2017-08").contains("to=2017-09");
        flows = _get(FlowsView.class);
        // Two months: the monthly average, and the sum of both months beside it.
        assertThat(rows(flows.arcs))
                .containsExactly(
                        List.of("China", "CN", "South Sudan", "UNMISS", "1,005", "2,010"),
                        List.of("France", "FR", "Lebanon", "UNIFIL", "390", "780"));
        assertThat(flows.sankey.chart().getOption().toString()).contains("\"type\":\"sankey\"");
        assertThat(flows.arcs.csv().rows()).hasSize(2);
    }

    @Test
    void a_click_on_a_flow_opens_the_lines_behind_it() {
        go("flows", "from=2017-08&to=2017-09&personnel=police");
        FlowsView flows = _get(FlowsView.class);
        flows.sankey.chart().fireClick(new EChart.ChartClick("", "", "CN>LR", "145"));

        assertThat(address()).startsWith("contributions?");
        ContributionLinesView lines = _get(ContributionLinesView.class);
        assertThat(_fetch(grid(lines), 0, 10))
                .extracting(ContributionLine::month, ContributionLine::mission, ContributionLine::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AUGUST.atDay(1), "UNMIL", 140),
                        org.assertj.core.groups.Tuple.tuple(SEPTEMBER.atDay(1), "UNMIL", 150));
        assertThat(_get(lines, Paragraph.class).getText())
                .contains("China")
                .contains("UNMIL")
                .contains("2 lines");

        // A place's node: every contributor's lines in its missions.
        go("flows", "from=2017-09&to=2017-09&personnel=police");
        _get(FlowsView.class).sankey.chart().fireClick(new EChart.ChartClick("", "", "to:LR", ""));
        assertThat(_fetch(grid(_get(ContributionLinesView.class)), 0, 10))
                .extracting(ContributionLine::country)
                .containsExactly("CN", "NP");
    }

    @Test
    void an_address_without_months_shows_no_lines_and_says_why() {
        go("contributions", "from=last-year");
        ContributionLinesView lines = _get(ContributionLinesView.class);
        assertThat(_get(lines, Paragraph.class).getText()).contains("does not name a month");
        assertThat(_fetch(grid(lines), 0, 10)).isEmpty();
    }

    @Test
    void the_records_flows_list_the_records_behind_a_click() {
        go("flows", "show=records&role=partner");
        FlowsView flows = _get(FlowsView.class);
        assertThat(flows.personnel.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(rows(flows.arcs)).contains(List.of("China", "Italy", "2"));

        flows.arcs.chart().fireClick(new EChart.ChartClick("", "", "CN>IT", "2"));
        assertThat(SentHtml.of(flows.behind))
                .contains("Records led by China with Italy as a partner (2 shown")
                .contains("China–Italy joint police patrols in Rome and Milan</a>");
    }

    @Test
    void the_map_shows_police_contributed_in_the_month_of_the_slider() {
        go("countries", "measure=police_contributed&month=2017-08");
        CountriesView countries = _get(CountriesView.class);
        assertThat(countries.mapControls.measure.getValue()).isEqualTo(MapMeasure.POLICE_CONTRIBUTED);
        assertThat(countries.mapControls.month()).isEqualTo(AUGUST);
        assertThat(_get(countries.map, EChart.class).tableRows())
                .containsExactly(List.of("Rwanda", "400"), List.of("China", "140"));

        countries.mapControls.slider.setValue("1");
        assertThat(address()).contains("month=2017-09");
        assertThat(_get(_get(CountriesView.class).map, EChart.class).tableRows())
                .containsExactly(List.of("China", "150"), List.of("Nepal", "30"));

        _get(CountriesView.class).mapControls.measure.setValue(MapMeasure.PERSONNEL_HOSTED);
        assertThat(_get(_get(CountriesView.class).map, EChart.class).tableRows())
                .contains(List.of("South Sudan", "1010"), List.of("Liberia", "180"));
    }

    @Test
    void a_country_page_shows_where_its_police_serve_and_who_serves_there() {
        UI.getCurrent().navigate("countries/CN");
        List<ChartCard> china = _find(_get(CountryProfileView.class), ChartCard.class);
        assertThat(china).hasSize(1);
        assertThat(china.get(0).chart().tableRows())
                .contains(List.of("UNMIL · Liberia", "UNMIL", "2017-08", "2017-09", "150", "150"));

        UI.getCurrent().navigate("countries/LR");
        List<ChartCard> cards = _find(_get(CountryProfileView.class), ChartCard.class);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).chart().tableRows())
                .containsExactly(
                        List.of("China", "UNMIL", "2017-08", "2017-09", "150", "150"),
                        List.of("Nepal", "UNMIL", "2017-09", "2017-09", "30", "30"));
        assertThat(_find(_get(CountryProfileView.class), Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("No UN statistics show this country's police in a mission.");
    }

    @Test
    void a_reader_sees_the_seed_articles_p5_claim_set_against_the_statistics_of_its_month() {
        Long id = jdbc.queryForObject(
                "select record_id from figure where metric = 'TROOP_CONTRIBUTION_RANK_AMONG_P5'", Long.class);
        UI.getCurrent().navigate("records/" + id);
        String reading = _find(_get(RecordFormView.class), RenderedHtml.class).stream()
                .map(SentHtml::of)
                .filter(html -> html.contains("atlas-record-figures"))
                .findFirst()
                .orElseThrow();
        assertThat(reading)
                .contains("<th scope=\"col\">UN statistics</th>")
                .contains("September 2017: rank 1 among the five permanent members by troops (China 1,010, France 0,"
                        + " United Kingdom 0, Russia 0, United States 0). Agrees.")
                .contains("No statistics to compare.");
    }

    private static void go(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ContributionLine> grid(ContributionLinesView lines) {
        return _get(lines, Grid.class);
    }

    private static List<List<String>> rows(ChartCard card) {
        return card.chart().tableRows();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static ContributionLine line(
            YearMonth month, String country, String mission, PersonnelType type, int total) {
        return new ContributionLine(month.atDay(1), country, mission, type, null, null, total);
    }
}
