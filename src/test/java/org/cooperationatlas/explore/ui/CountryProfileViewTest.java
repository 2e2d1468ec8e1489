package org.cooperationatlas.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.SentHtml;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.record.ui.RecordFormView;
import org.junit.jupiter.api.Test;

class CountryProfileViewTest extends KaribuTest {

    @Test
    void a_profile_accepts_the_code_in_any_case_and_shows_records_figures_and_timeline() {
        UI.getCurrent().navigate("countries/us");
        CountryProfileView profile = _get(CountryProfileView.class);
        assertThat(profile.getPageTitle()).startsWith("United States");
        assertThat(recordList(profile))
                .contains("<a router-link href=\"records/")
                .contains(">China–US crackdown on a chain of pornographic websites</a>")
                .contains("<span theme=\"badge small contrast\">Partner</span>");
        assertThat(_find(profile, RouterLink.class))
                .extracting(RouterLink::getText)
                .contains("All countries");
        RouterLink inGrid = _get(
                profile, RouterLink.class, spec -> spec.withText("See them in the records grid (as lead or partner)"));
        assertThat(inGrid.getHref()).isEqualTo("records?country=US");
        CountryFigures figures = _get(profile, CountryFigures.class);
        assertThat(SentHtml.of(figures))
                .contains("<th scope=\"col\">Metric</th>")
                .contains("<td>Suspects arrested</td><td>1 people</td>")
                .contains(">China–US crackdown on a chain of pornographic websites</a>");
        assertThat(figures.csv("US").rows())
                .singleElement()
                .satisfies(row -> assertThat(row).startsWith("Suspects arrested", "1 people"));
        assertThat(_find(profile, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("No UN peacekeeping contributions have been imported for this country.");
    }

    /** The HTML of the profile's list of records, as the browser got it. */
    static String recordList(CountryProfileView profile) {
        return _find(profile, RenderedHtml.class).stream()
                .filter(list -> list.getElement().getTag().equals("ul"))
                .map(SentHtml::of)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void clicking_a_record_on_the_timeline_opens_it() {
        UI.getCurrent().navigate("countries/IT");
        EChart timeline = _get(EChart.class);
        String key = timeline.getOption().at("/series/0/data/0/key").asText();
        timeline.fireClick(new EChart.ChartClick("", "", key, ""));
        assertThat(_get(RecordFormView.class).getPageTitle())
                .isEqualTo("Italian police officers join patrols at the Badaling section of the Great Wall");
    }

    @Test
    void an_unknown_code_gets_a_friendly_page_with_a_way_back() {
        UI.getCurrent().navigate("countries/QQ");
        CountryProfileView profile = _get(CountryProfileView.class);
        assertThat(profile.getPageTitle()).startsWith("Country not found");
        assertThat(_get(profile, RouterLink.class, spec -> spec.withText("All countries"))
                        .getHref())
                .isEqualTo("countries");
    }
}
