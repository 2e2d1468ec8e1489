package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A reader of an atlas as it comes, with the records from public reports, finds cooperation led by Nigeria. */
@TestPropertySource(
        properties = {"spring.flyway.placeholders.publicRecords=true", "atlas.test.database=public-records-journey"})
class PublicRecordsJourneyTest extends BrowserJourney {

    @Test
    void a_reader_filters_the_records_by_a_lead_country_other_than_china_and_opens_one_it_led() {
        open("/records");
        Locator country = page.getByLabel("Country");
        country.fill("niger");
        Locator nigeria = page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Nigeria"));
        nigeria.click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/records\\?country=NG$"));
        Locator record = page.locator(
                "vaadin-grid-cell-content a",
                new Page.LocatorOptions().setHasText("EFCC-FBI Operation Rewired against internet fraud in Nigeria"));
        assertThat(record).hasCount(1);
        record.click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/records/\\d+$"));
        assertThat(page.getByText("Lead country").first()).isVisible();
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText("Nigeria"))
                        .first())
                .isVisible();
        // Its source says where it is read.
        assertThat(page.getByText("New Telegraph (Nigeria)").first()).isVisible();
    }
}
