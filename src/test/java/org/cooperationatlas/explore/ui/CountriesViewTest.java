package org.cooperationatlas.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.SentHtml;
import org.cooperationatlas.base.ui.chart.EChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

// The seeded article alone, in a database no test changes, so that the counts are known.
@SpringBootTest(properties = "atlas.test.database=seed-only")
class CountriesViewTest extends KaribuTest {

    private static final Pattern ARIA_LABEL = Pattern.compile("aria-label=\"([^\"]*)\"");

    private CountriesView view;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(CountriesView.class);
        view = _get(CountriesView.class);
    }

    /** The names the list's links give a screen reader, in the order the browser shows them. */
    private List<String> listedCountries() {
        return listHtml()
                .flatMap(html -> ARIA_LABEL.matcher(html).results().map(found -> found.group(1)))
                .toList();
    }

    private Stream<String> listHtml() {
        return Stream.of(SentHtml.of(view.groups));
    }

    /** The texts of the list's headings of one level ("h2" for regions, "h3" for sub-regions), in order. */
    private List<String> headings(String tag) {
        return Pattern.compile("<" + tag + "[^>]*>([^<]*)</" + tag + ">")
                .matcher(SentHtml.of(view.groups))
                .results()
                .map(found -> found.group(1))
                .toList();
    }

    @Test
    void countries_with_records_are_grouped_by_un_region_and_sub_region() {
        assertThat(headings("h2")).containsExactly("Africa", "Americas", "Asia", "Europe");
        assertThat(headings("h3"))
                .contains(
                        "Sub-Saharan Africa",
                        "Northern America",
                        "Eastern Asia",
                        "South-eastern Asia",
                        "Southern Europe");
        assertThat(listedCountries())
                .anyMatch(text -> text.startsWith("Italy"))
                .anyMatch(text -> text.startsWith("Myanmar"))
                .noneMatch(text -> text.startsWith("Germany"));
    }

    @Test
    void turning_off_only_with_records_lists_every_country_including_kosovo_and_antarctica() {
        _setValue(view.onlyWithRecords, false);
        assertThat(listedCountries())
                .hasSize(250)
                .anyMatch(text -> text.startsWith("Kosovo"))
                .anyMatch(text -> text.startsWith("Antarctica"));
        assertThat(headings("h2")).contains("No UN region");
    }

    @Test
    void search_finds_a_country_by_name_or_code() {
        _setValue(view.search, "viet");
        assertThat(listedCountries()).singleElement().asString().startsWith("Vietnam");
        _setValue(view.search, "us");
        assertThat(listedCountries()).singleElement().asString().startsWith("United States");
    }

    @Test
    void the_csv_download_holds_the_countries_the_list_shows() {
        _setValue(view.search, "viet");
        assertThat(view.csv().rows())
                .containsExactly(List.of("Asia", "South-eastern Asia", "Vietnam", "VN", "1", "0", "1", "0"));
        _setValue(view.search, "");
        assertThat(view.csv().rows()).hasSize(listedCountries().size());
    }

    @Test
    void sorting_by_count_puts_the_most_involved_country_first() {
        _setValue(view.order, CountriesView.Order.COUNT);
        assertThat(listedCountries().get(0)).startsWith("China");
        assertThat(headings("h2").get(0)).isEqualTo("Asia");
        _setValue(view.order, CountriesView.Order.NAME);
        assertThat(listedCountries().get(0)).startsWith("Liberia");
        assertThat(headings("h2").get(0)).isEqualTo("Africa");
    }

    @Test
    void the_list_and_a_map_click_both_open_a_country_profile() {
        assertThat(listHtml().collect(Collectors.joining()))
                .contains(
                        "<a router-link class=\"atlas-country-link\" href=\"countries/IT\" aria-label=\"Italy, 2 records\">");

        _get(EChart.class).fireClick(new EChart.ChartClick("Records", "IT", "IT", "2"));
        CountryProfileView profile = _get(CountryProfileView.class);
        assertThat(profile.getPageTitle()).startsWith("Italy");
        assertThat(CountryProfileViewTest.recordList(profile))
                .contains(
                        ">China–Italy joint police patrols in Rome and Milan</a>",
                        ">Italian police officers join patrols at the Badaling section of the Great Wall</a>");
    }

    @Test
    void the_map_carries_a_table_of_the_same_counts_for_screen_readers() {
        EChart map = _get(EChart.class);
        assertThat(map.getOption().at("/series/0/data").findValuesAsText("key"))
                .contains("IT", "CN", "XK")
                .doesNotContain("AQ");
        assertThat(map.tableRows())
                .contains(List.of("Italy", "2", "0", "2", "1"), List.of("Vietnam", "1", "0", "1", "0"));
    }
}
