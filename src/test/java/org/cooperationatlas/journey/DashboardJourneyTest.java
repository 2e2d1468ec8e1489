package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardJourneyTest extends BrowserJourney {

    private static final String CHARTS_DRAWN = """
            () => document.querySelectorAll('.atlas-chart-canvas[data-rendered] canvas').length >= 4""";

    /** Where the 2011 "joint operation" segment of the records-per-year chart is on the page. */
    private static final String BAR_2011 = """
            () => {
              const host = document.querySelectorAll('.atlas-chart-canvas[data-rendered]')[0];
              const chart = echarts.getInstanceByDom(host);
              const option = chart.getOption();
              const series = option.series.findIndex(s => s.name === 'Joint operation or crackdown');
              const below = option.series.slice(0, series)
                  .reduce((sum, s) => sum + (s.data.find(d => d.key.startsWith('2011:')) || {value: 0}).value, 0);
              const [x, y] = chart.convertToPixel({seriesIndex: series}, ['2011', below + 0.5]);
              const box = host.getBoundingClientRect();
              return [box.left + x, box.top + y];
            }""";

    @Test
    void the_overview_draws_every_chart_and_a_bar_opens_that_years_records() {
        open("/");
        page.waitForFunction(CHARTS_DRAWN);
        assertThat(page.locator(".atlas-card h2")).hasCount(5);
        assertThat(page.getByText("No UN peacekeeping contribution statistics")).isVisible();

        page.locator(".atlas-chart-canvas[data-rendered]").first().scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate(BAR_2011);
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
        settle();

        assertThat(page).hasURL(Pattern.compile(".*/records\\?kind=JOINT_OPERATION&from=2011&to=2011$"));
        Locator shown = page.locator("vaadin-grid-cell-content a >> visible=true");
        assertThat(shown).hasCount(1);
        assertThat(shown.first()).hasText("China–US crackdown on a chain of pornographic websites");
    }

    @Test
    void a_chart_card_shows_its_table_and_gives_its_data_as_csv() throws Exception {
        open("/");
        page.waitForFunction(CHARTS_DRAWN);
        Locator card = page.locator(".atlas-chart-card", new Page.LocatorOptions().setHasText("Records per year"));
        Locator table = card.locator("table.atlas-chart-table");
        // Read by screen readers, out of sight for the rest until asked for.
        Pattern outOfSight = Pattern.compile("atlas-visually-hidden");
        assertThat(table).hasClass(outOfSight);

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show table"))
                .click();
        assertThat(table).not().hasClass(outOfSight);
        assertThat(table).isVisible();
        assertThat(table.locator("tbody th", new Locator.LocatorOptions().setHasText("2011")))
                .hasCount(1);

        Download download = page.waitForDownload(
                () -> card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Download CSV"))
                        .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("records-per-year-by-kind.csv");
        assertThat(csv).contains("\"Records per year, by kind\"", "\n2011,");
    }
}
