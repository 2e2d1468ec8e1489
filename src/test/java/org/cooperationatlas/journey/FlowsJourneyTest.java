package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelType;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/** A reader picks a month on the flows page, sees arcs and a sankey, and follows a flow to its lines. */
@TestPropertySource(properties = "atlas.test.database=flows-journey")
class FlowsJourneyTest extends BrowserJourney {

    private static final YearMonth MONTH = YearMonth.of(2017, 8);

    /** True once both charts of the page have drawn pixels. */
    private static final String BOTH_DRAWN = """
            () => {
              const hosts = [...document.querySelectorAll('.atlas-chart-canvas[data-rendered]')];
              if (hosts.length < 2) return false;
              return hosts.every(host => {
                const canvas = host.querySelector('canvas');
                if (!canvas || canvas.width === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
                return false;
              });
            }""";

    /** Where on the page the sankey draws a node, found from the chart's own layout. */
    private static final String SANKEY_NODE = """
            name => {
              const host = [...document.querySelectorAll('.atlas-chart-canvas[data-rendered]')]
                .find(el => { const c = echarts.getInstanceByDom(el); return c && c.getOption().series[0].type === 'sankey'; });
              host.scrollIntoView({block: 'center'});
              const chart = echarts.getInstanceByDom(host);
              const series = chart.getModel().getSeriesByIndex(0);
              const data = series.getData();
              const layout = data.getItemLayout(data.indexOfName(name));
              const box = host.getBoundingClientRect();
              const origin = series.layoutInfo;
              return [box.left + origin.x + layout.x + layout.dx / 2, box.top + origin.y + layout.y + layout.dy / 2];
            }""";

    @Autowired
    PeacekeepingService peacekeeping;

    @BeforeEach
    void statistics() {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("journey", null, Role.ADMIN.authorities()));
        try {
            peacekeeping.write(
                    List.of(
                            line("CN", "UNMIL", PersonnelType.FORMED_POLICE_UNIT, 140),
                            line("RW", "UNMISS", PersonnelType.FORMED_POLICE_UNIT, 400),
                            line("NP", "UNMIL", PersonnelType.INDIVIDUAL_POLICE, 24),
                            line("CN", "UNMISS", PersonnelType.TROOPS, 1_000)),
                    Map.of(),
                    done -> {});
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_reader_follows_the_flow_of_police_to_liberia_to_its_lines() {
        open("/flows?from=2017-08&to=2017-08&personnel=police");
        page.waitForFunction(BOTH_DRAWN);
        assertThat(page.getByText("Personnel in August 2017").first()).isVisible();
        if (System.getProperty("journey.screenshots") != null) {
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of(
                            System.getProperty("journey.screenshots"), "flows-" + System.nanoTime() + ".png"))
                    .setFullPage(true));
        }

        @SuppressWarnings("unchecked")
        List<Number> liberia = (List<Number>) page.evaluate(SANKEY_NODE, "to:LR");
        page.mouse().click(liberia.get(0).doubleValue(), liberia.get(1).doubleValue());
        settle();

        assertThat(page).hasURL(Pattern.compile(".*/contributions\\?.*mission=UNMIL.*"));
        assertThat(page.getByText("Every contributing country")).isVisible();
        assertThat(page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Nepal")))
                .hasCount(1);
        assertThat(page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("China")))
                .hasCount(1);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Contribution lines")))
                .isVisible();
    }

    private static ContributionLine line(String country, String mission, PersonnelType type, int total) {
        return new ContributionLine(MONTH.atDay(1), country, mission, type, null, null, total);
    }
}
