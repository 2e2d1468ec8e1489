package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Runs on a database of its own: the contributions it imports would change what other journeys see. */
@TestPropertySource(properties = "atlas.test.database=import-journey")
class ImportJourneyTest extends BrowserJourney {

    private static final String FILE = """
            Country;Mission;Month;Individual Police Male;Individual Police Female;Formed Police Units Total
            Burkina Faso;UNJOURNEY;31/01/2017;11;4;140
            Burkina Faso;UNJOURNEY;28/02/2017;12;4;140
            Atlantis;UNJOURNEY;28/02/2017;1;1;0
            """;

    @Test
    void the_admin_imports_a_month_of_un_statistics_and_finds_it_on_the_country_page() {
        open("/countries/BF");
        assertThat(page.getByText("No UN peacekeeping contributions")).isVisible();

        signInAsAdmin();
        open("/admin/import");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("un-statistics.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("un-statistics.csv: 3 rows")).isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Check the file"))
                .click();
        assertThat(page.getByText("3 rows read; 1 with problems")).isVisible();
        assertThat(page.locator(
                        "vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("No country is called \"Atlantis\"")))
                .isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import 4 accepted rows"))
                .click();
        assertThat(page.getByText("Imported: 4 created").first()).isVisible();

        open("/countries/BF");
        assertThat(page.getByText("No UN peacekeeping contributions")).hasCount(0);
    }
}
