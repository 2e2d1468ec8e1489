package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Runs on a database of its own: the months it imports would change what other journeys see. */
@TestPropertySource(properties = "atlas.test.database=report-journey")
class ReportImportJourneyTest extends BrowserJourney {

    private static final Path REPORTS = Path.of("../shared/un-reports");
    private static final LocatorAssertions.IsVisibleOptions A_MINUTE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @Test
    void the_admin_drops_three_reports_of_different_layouts_imports_them_and_finds_their_months_on_the_pages() {
        signInAsAdmin();
        open("/admin/import");
        page.locator("vaadin-upload input[type=file]").setInputFiles(new Path[] {
            REPORTS.resolve("UN_country_contributions_2015_01.pdf"),
            REPORTS.resolve("UN_country_contributions_2021_01.pdf"),
            REPORTS.resolve("UN_country_contributions_2025_06.pdf")
        });

        assertThat(page.getByText("3 reports: 3 ready to import")).isVisible(A_MINUTE);
        Locator reports = page.locator("vaadin-grid");
        assertThat(reports.getByText("January 2015 (printed on the report)")).isVisible();
        assertThat(reports.getByText("January 2021 (printed on the report)")).isVisible();
        assertThat(reports.getByText("June 2025 (printed on the report)")).isVisible();
        assertThat(reports.getByText("Every total agrees", new Locator.GetByTextOptions().setExact(false)))
                .hasCount(3);

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import 3 reports"))
                .click();
        assertThat(page.getByText("Imported 3 months (January 2015, January 2021, June 2025)")
                        .first())
                .isVisible(A_MINUTE);

        open("/");
        assertThat(page.getByText(
                        "monthly reports of uniformed personnel, January 2015 – June 2025 (3 reports)",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        open("/flows?from=2025-06&to=2025-06&personnel=all");
        assertThat(page.getByText("Personnel in June 2025", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(page.getByText("The atlas holds no UN contribution statistics yet"))
                .hasCount(0);

        open("/countries/CN");
        assertThat(page.getByText("No UN peacekeeping contributions")).hasCount(0);
        assertThat(page.locator(".atlas-chart-card", new Page.LocatorOptions().setHasText("Where its police serve")))
                .isVisible();
    }
}
