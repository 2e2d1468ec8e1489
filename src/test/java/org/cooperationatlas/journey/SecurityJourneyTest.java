package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityJourneyTest extends BrowserJourney {

    @Test
    void an_anonymous_visitor_reads_records_but_is_offered_no_edit_action() {
        open("/records");
        assertThat(page.locator("vaadin-grid-cell-content a").first()).isVisible();
        assertThat(page.getByText("New record")).hasCount(0);
        page.locator("vaadin-grid-cell-content a >> visible=true").first().click();
        settle();
        assertThat(page).hasURL(Pattern.compile(".*/records/\\d+$"));
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save")))
                .hasCount(0);
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Delete")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
    }

    @Test
    void the_admin_signs_in_edits_a_record_and_finds_the_change_in_its_history() {
        signInAsAdmin();
        open("/records?q=Badaling");
        page.locator("vaadin-grid-cell-content a >> visible=true").first().click();
        settle();
        Locator title = page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true));
        title.fill("Italian police officers patrol the Great Wall at Badaling");
        title.press("Tab");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save"))
                .click();
        settle();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Record saved");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                .click();
        settle();
        Locator newest = page.locator("section.atlas-card").first();
        assertThat(newest).containsText("admin");
        assertThat(newest).containsText("Italian police officers patrol the Great Wall at Badaling");
        assertThat(newest)
                .containsText("Italian police officers join patrols at the Badaling section of the Great Wall");
    }
}
