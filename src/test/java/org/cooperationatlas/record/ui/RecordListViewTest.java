package org.cooperationatlas.record.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.SentHtml;
import org.cooperationatlas.base.ui.BrowserGrid;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordRow;
import org.junit.jupiter.api.Test;

class RecordListViewTest extends KaribuTest {

    private RecordListView view() {
        return _get(RecordListView.class);
    }

    /** The titles the browser gets for the grid's first page, in the grid's order. */
    private List<String> gridTitles() {
        return view().grid.fetch(0, 100).stream().map(RecordRow::title).toList();
    }

    private void open(String query) {
        UI.getCurrent().navigate("records", QueryParameters.fromString(query));
    }

    private String currentUrl() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void filters_in_the_url_restore_the_fields_and_the_rows() {
        open("country=IT&kind=JOINT_PATROL&from=2016");
        RecordFilterBar bar = _get(RecordFilterBar.class);
        assertThat(bar.country.getValue().getIso2()).isEqualTo("IT");
        assertThat(bar.kind.getValue()).isEqualTo(RecordKind.JOINT_PATROL);
        assertThat(bar.from.getValue()).isEqualTo(2016);
        assertThat(gridTitles())
                .containsExactlyInAnyOrder(
                        "China–Italy joint police patrols in Rome and Milan",
                        "Italian police officers join patrols at the Badaling section of the Great Wall");
    }

    @Test
    void the_country_picker_finds_a_country_by_name_or_code_and_selecting_it_filters_the_rows() {
        UI.getCurrent().navigate(RecordListView.class);
        RecordFilterBar bar = _get(RecordFilterBar.class);
        assertThat(suggestions(bar, "ital")).containsExactly("Italy");
        assertThat(suggestions(bar, "VNM")).containsExactly("Vietnam");
        assertThat(suggestions(bar, "")).hasSize(50).startsWith("Afghanistan");
        assertThat(bar.country.countries("", 0, 50)).contains("\"size\":250");

        // What the browser reports when the reader picks Italy.
        bar.country.getElement().setProperty("value", "IT");
        assertThat(currentUrl()).isEqualTo("records?country=IT");
        assertThat(gridTitles()).hasSize(2);
    }

    /** The labels of the first page of countries the picker offers for what the reader typed. */
    private static List<String> suggestions(RecordFilterBar bar, String typed) {
        try {
            return new ObjectMapper()
                    .readTree(bar.country.countries(typed, 0, 50))
                    .path("items")
                    .findValuesAsText("label");
        } catch (JsonProcessingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    @Test
    void changing_a_filter_puts_it_in_the_url_and_narrows_the_rows() {
        UI.getCurrent().navigate(RecordListView.class);
        assertThat(gridTitles()).hasSizeGreaterThanOrEqualTo(10);
        _setValue(_get(RecordFilterBar.class).crimeArea, CrimeArea.ABDUCTION_TRAFFICKING);
        assertThat(currentUrl()).isEqualTo("records?area=ABDUCTION_TRAFFICKING");
        assertThat(gridTitles()).containsExactly("Joint anti-abduction campaigns with Vietnam and Myanmar");
        _setValue(_get(RecordFilterBar.class).text, "telecom");
        assertThat(currentUrl()).contains("q=telecom").contains("area=ABDUCTION_TRAFFICKING");
        assertThat(gridTitles()).isEmpty();
        assertThat(view().grid.rows(0, 50, "")).isEqualTo("[]");
        assertThat(SentHtml.of(_get(view().grid, RenderedHtml.class))).contains("No records match");
    }

    @Test
    void a_grid_row_shows_period_countries_and_the_qualified_headline_figure() {
        open("q=telecom");
        BrowserGrid<RecordRow> grid = view().grid;
        RecordRow row = grid.fetch(0, 1).get(0);
        assertThat(grid.cellText(row, "period")).isEqualTo("2016");
        assertThat(grid.cellText(row, "lead")).isEqualTo("China");
        assertThat(grid.cellText(row, "headline")).isEqualTo("Suspects arrested: nearly 5,000 people");
        // What the browser gets: the texts, and the title's link.
        assertThat(grid.rows(0, 1, ""))
                .contains("\"period\":\"2016\"")
                .contains("\"title$href\":\"records/" + row.id() + "\"");
        open("q=Sky+Net");
        assertThat(grid.cellText(grid.fetch(0, 1).get(0), "period")).isEqualTo("2012 – March 2017");
    }

    @Test
    void the_csv_download_holds_exactly_the_filtered_rows_in_the_grids_order() {
        open("country=IT");
        RecordListView view = view();
        view.grid.sort("title asc");
        org.cooperationatlas.base.csv.CsvTable csv = view.csv();
        assertThat(csv.rows()).extracting(row -> row.get(1)).containsExactlyElementsOf(gridTitles());
        assertThat(csv.rows())
                .extracting(row -> row.get(1))
                .containsExactly(
                        "China–Italy joint police patrols in Rome and Milan",
                        "Italian police officers join patrols at the Badaling section of the Great Wall");
        assertThat(csv.notes())
                .containsExactly(
                        "Filter: country=IT", "At most the first 100,000 rows; narrow the filter for the rest.");
        assertThat(csv.headers()).contains("Title", "Partner countries", "Headline figure");
    }

    @Test
    void a_filter_in_use_offers_a_link_to_the_unfiltered_grid() {
        open("q=telecom");
        assertThat(SentHtml.of(_get(RecordFilterBar.class).clear))
                .contains("href=\"records\"")
                .contains(">Clear filters</a>");
        UI.getCurrent().navigate(RecordListView.class);
        assertThat(SentHtml.of(_get(RecordFilterBar.class).clear)).isEmpty();
    }

    @Test
    void an_unknown_country_or_kind_in_the_url_is_ignored() {
        open("country=QQ&kind=PARADE");
        assertThat(view().filter().isEmpty()).isTrue();
        assertThat(gridTitles()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void a_region_or_metric_from_a_dashboard_click_is_shown_and_can_be_removed() {
        open("region=Europe&metric=FUGITIVES_FLED");
        RecordFilterBar bar = _get(RecordFilterBar.class);
        assertThat(bar.region.getValue()).isEqualTo("Europe");
        assertThat(bar.metric.isVisible()).isTrue();
        assertThat(bar.metric.getText()).isEqualTo("Has figure: Fugitives who fled abroad");
        assertThat(gridTitles()).isEmpty();
        _click(bar.metric);
        assertThat(currentUrl()).isEqualTo("records?region=Europe");
        assertThat(gridTitles()).hasSize(2);
        assertThat(_get(RecordFilterBar.class).metric)
                .as("no metric chip kept once it is removed")
                .isNull();
    }

    @Test
    void the_browser_sorts_by_sortable_columns_only_and_the_csv_follows_its_order() {
        open("country=IT");
        RecordListView view = view();
        String descending = view.grid.rows(0, 10, "title desc");
        assertThat(descending.indexOf("Italian police officers"))
                .isNotNegative()
                .isLessThan(descending.indexOf("China–Italy joint police patrols"));
        assertThat(view.csv().rows())
                .extracting(row -> row.get(1))
                .containsExactly(
                        "Italian police officers join patrols at the Badaling section of the Great Wall",
                        "China–Italy joint police patrols in Rome and Milan");
        view.grid.rows(0, 10, "partners asc,id desc,title;drop asc");
        assertThat(view.grid.getOrder().isUnsorted())
                .as("only sortable columns order the rows")
                .isTrue();
    }

    @Test
    void a_page_asked_for_out_of_bounds_reads_as_the_nearest_one_rather_than_failing() {
        open("");
        RecordListView view = view();
        assertThat(view.grid.rows(-3, 5, "")).isEqualTo(view.grid.rows(0, 5, ""));
        assertThat(view.grid.rows(0, -1, "")).startsWith("[{").doesNotContain("},{");
        assertThat(view.grid.fetch(0, 1_000_000))
                .hasSizeGreaterThanOrEqualTo(10)
                .hasSizeLessThanOrEqualTo(500);
    }
}
