package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CountriesJourneyTest extends BrowserJourney {

    /** True when the chart's canvas exists, has a size and holds at least one drawn pixel. */
    private static final String MAP_IS_DRAWN = """
            () => {
              const host = document.querySelector('.atlas-chart-canvas[data-rendered]');
              const canvas = host && host.querySelector('canvas');
              if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
              return false;
            }""";

    /** Where a longitude/latitude lies on the page, on the world map. */
    private static final String POINT_ON_MAP = """
            ([lon, lat]) => {
              const host = document.querySelector('.atlas-chart-canvas[data-rendered]');
              const [x, y] = echarts.getInstanceByDom(host).convertToPixel({seriesIndex: 0}, [lon, lat]);
              const box = host.getBoundingClientRect();
              return [box.left + x, box.top + y];
            }""";

    @Test
    void clicking_a_country_on_the_map_opens_its_profile() {
        open("/countries");
        page.waitForFunction(MAP_IS_DRAWN);
        @SuppressWarnings("unchecked")
        java.util.List<Number> china = (java.util.List<Number>) page.evaluate(POINT_ON_MAP, java.util.List.of(103, 35));
        page.mouse().click(china.get(0).doubleValue(), china.get(1).doubleValue());
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/countries/CN$"));
    }

    @Test
    void a_reader_sees_the_world_map_and_opens_italy_from_the_list() {
        open("/countries");
        page.waitForFunction(MAP_IS_DRAWN);

        Locator italy = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Italy, 2 records$")));
        // The flags in the list are fetched as they come into view.
        italy.scrollIntoViewIfNeeded();
        page.waitForFunction(
                "img => img.complete && img.naturalWidth > 0",
                italy.locator("img.atlas-flag").elementHandle());
        italy.focus();
        page.keyboard().press("Enter");
        settle();

        assertThat(page).hasURL(Pattern.compile(".*/countries/IT$"));
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("China–Italy joint police patrols in Rome and Milan")))
                .isVisible();
        assertThat(
                        page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(
                                                "Italian police officers join patrols at the Badaling section of the Great Wall")))
                .isVisible();
        assertThat(page.locator("h1")).containsText("Italy");
    }
}
