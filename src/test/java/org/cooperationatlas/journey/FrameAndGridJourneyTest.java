package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of every page the browser runs alone: the side navigation, the language and colour-scheme buttons,
 * and the records grid, which fetches its rows, sorts them and hides columns on a phone without server components.
 */
class FrameAndGridJourneyTest extends BrowserJourney {

    @Test
    void the_navigation_moves_between_views_without_reloading_and_marks_where_the_reader_is() {
        open("/records");
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Records");
        page.evaluate("() => window.atlasJourneyMark = 1");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Countries"))
                .click();
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/countries$"));
        assertThat(page.locator("h1").first()).hasText("Countries");
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Countries");
        assertThat(page.evaluate("() => window.atlasJourneyMark === 1"))
                .as("the page was not reloaded")
                .isEqualTo(true);
    }

    @Test
    void the_language_button_switches_every_page_to_chinese_and_back_and_the_scheme_button_to_dark() {
        open("/records");
        page.locator("vaadin-button.atlas-scheme").click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");

        page.locator("vaadin-button.atlas-language").click();
        page.waitForLoadState();
        settle();
        assertThat(page.locator("h1").first()).hasText("记录");
        open("/countries");
        assertThat(page.locator("h1").first()).hasText("国家");
        assertThat(page.locator("html")).hasAttribute("theme", "dark");

        page.locator("vaadin-button.atlas-language").click();
        page.waitForLoadState();
        settle();
        assertThat(page.locator("h1").first()).hasText("Countries");
    }

    @Test
    void the_grid_sorts_by_a_column_and_the_csv_holds_its_rows_in_that_order() throws IOException {
        open("/records");
        Locator titles = page.locator("vaadin-grid-cell-content a >> visible=true");
        assertThat(titles.first()).isVisible();
        page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Title"))
                .click();
        settle();
        page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Title"))
                .click();
        settle();
        assertThat(titles.first()).hasText("Telecom-fraud operations with Southeast Asia, Africa and Europe");
        List<String> shown = titles.allTextContents();

        Download download = page.waitForDownload(
                () -> page.getByText("Download CSV").first().click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        List<String> rows =
                lines.stream().filter(line -> line.matches("^\\d+,.*")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            assertThat(rows.get(i)).contains(shown.get(i));
        }
        assertThat(String.join("\n", lines)).contains("Suspects arrested: nearly 5,000 people");
    }

    @Test
    void the_country_filter_finds_a_country_as_typed_and_clear_filters_opens_the_grid_unfiltered() {
        open("/records");
        Locator country = page.getByLabel("Country");
        country.fill("ital");
        Locator italy = page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Italy"));
        assertThat(italy).hasCount(1);
        italy.click();
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/records\\?country=IT$"));
        assertThat(page.locator("vaadin-grid-cell-content a >> visible=true")).hasCount(2);

        // Opened from its address, the filter shows the country by name.
        open("/records?country=IT");
        assertThat(country).hasValue("Italy");
        Locator clear = page.locator("a.atlas-clear-filters");
        assertThat(clear).hasText("Clear filters");
        clear.click();
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/records$"));
        assertThat(country).hasValue("");
        assertThat(clear).hasCount(0);
    }

    @Test
    void on_a_phone_the_grid_keeps_title_and_period() {
        page.setViewportSize(390, 800);
        open("/records");
        assertThat(page.locator("vaadin-grid-cell-content a").first()).isVisible();
        Object shown = page.evaluate("() => Array.from(document.querySelectorAll('vaadin-grid-column'))"
                + ".filter(column => !column.hidden).map(column => column.path)");
        assertThat(shown).isEqualTo(List.of("title", "period"));
    }
}
