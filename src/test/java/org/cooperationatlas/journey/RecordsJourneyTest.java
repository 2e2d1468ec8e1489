package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

class RecordsJourneyTest extends BrowserJourney {

    @Test
    void a_reader_filters_opens_a_record_changes_a_figure_and_finds_it_saved_after_reload() {
        signInAsAdmin();
        open("/records");
        assertThat(page.locator("vaadin-grid-cell-content a").first()).isVisible();

        Locator search = page.getByLabel("Search");
        search.fill("Sky Net");
        search.press("Enter");
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/records\\?q=Sky(\\+|%20)Net$"));
        // The grid keeps spare row elements hidden in the DOM; only the rows a reader sees count.
        Locator shownLinks = page.locator("vaadin-grid-cell-content a >> visible=true");
        assertThat(shownLinks).hasCount(1);
        Locator link = shownLinks.first();
        assertThat(link).containsText("Sky Net and Fox Hunt");

        link.click();
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/records/\\d+$"));
        // A figure reads as a line until it is opened for editing.
        assertThat(page.locator(".atlas-figure-headline").first()).containsText("2,873");
        page.locator(
                        ".atlas-figure-line vaadin-button",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Edit"))
                .first()
                .click();
        settle();
        Locator firstValue = page.locator("vaadin-big-decimal-field").first().locator("input");
        assertThat(firstValue).hasValue("2873");
        firstValue.fill("2874");
        firstValue.press("Tab");
        settle();
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Save"))
                .click();
        settle();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Record saved");

        page.reload();
        settle();
        assertThat(page.locator(".atlas-figure-headline").first()).containsText("2,874");
    }
}
