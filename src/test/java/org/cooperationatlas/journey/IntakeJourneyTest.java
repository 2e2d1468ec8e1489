package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** An editor turns a pasted article into a record, and finds it with its quote among the records. */
@TestPropertySource(properties = "atlas.test.database=intake-journey")
class IntakeJourneyTest extends BrowserJourney {

    private static final String ARTICLE = "Police cooperation update\n\nIn 2018, Chinese police worked with "
            + "counterparts in Cambodia to combat telecom fraud, uprooting about 40 criminal dens and arresting nearly "
            + "1,200 suspects.\n\nThe operation was the largest of its kind.";

    @Test
    void an_editor_reads_an_article_accepts_a_proposal_and_finds_the_record_with_its_quote() {
        signInAsAdmin();
        open("/intake");
        page.getByLabel("Article").fill(ARTICLE);
        page.getByLabel("Publisher").fill("Example News");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Police cooperation update");
        page.getByLabel("Published on").fill("2018-12-30");
        page.keyboard().press("Enter");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Read the article"))
                .click();
        settle();
        assertThat(page.getByText("Suspects arrested: nearly 1,200 people").first())
                .isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Show in the article"))
                .first()
                .click();
        settle();
        assertThat(page.locator(".atlas-intake-article mark strong", new Page.LocatorOptions().setHasText("1,200")))
                .isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Accept"))
                .first()
                .click();
        settle();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save"))
                .first()
                .click();
        settle();
        assertThat(page.getByText("Record saved").first()).isVisible();
        // The saved record opens at its own address; the next page is opened once it has.
        page.waitForURL(url -> url.matches(".*/records/\\d+$"));
        settle();

        open("/records?q=counterparts+Cambodia");
        page.getByText("Chinese police worked with counterparts in Cambodia")
                .first()
                .click();
        settle();
        // The click opens the record at its own address once the server has answered it.
        page.waitForURL(url -> url.matches(".*/records/\\d+$"));
        String record = page.url();
        // A reader gets the record as a document, with a table of its figures and their quotes.
        page.getByText("Sign out").click();
        // Signed out once the page offers to sign in again; the record is then opened as a reader, again if the
        // sign-out had not reached the server yet when it was first opened.
        Locator signIn = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"));
        assertThat(signIn).isVisible();
        String path = record.substring(record.indexOf("/", "http://".length()));
        open(path);
        for (int attempt = 0; attempt < 5 && !signIn.isVisible(); attempt++) {
            page.waitForTimeout(500);
            open(path);
        }
        assertThat(page.getByText("uprooting about 40 criminal dens and arresting nearly 1,200 suspects")
                        .first())
                .isVisible();
    }

    private static final String CHINESE_ARTICLE =
            "中泰警方联合打击电信诈骗\n\n" + "今年3月，中国警方与泰国警方在曼谷开展联合行动，捣毁诈骗窝点56个，抓获犯罪嫌疑人1200余名。" + "与去年同期相比，此类案件下降40%。";

    @Test
    void an_editor_reads_a_chinese_article_without_a_date_is_asked_for_it_and_saves_a_percentage() {
        signInAsAdmin();
        open("/intake");
        page.getByLabel("Article").fill(CHINESE_ARTICLE);
        page.getByLabel("Publisher").fill("示例新闻");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("中泰警方联合打击电信诈骗");
        Locator read = page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Read the article"));
        read.click();
        settle();
        // No date line and no date entered: nothing is read until the day it was published is given.
        assertThat(page.getByText("Enter the day the article was published").first())
                .isVisible();
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Accept")))
                .hasCount(0);

        page.getByLabel("Published on").fill("2019-05-20");
        page.keyboard().press("Enter");
        read.click();
        settle();
        assertThat(page.getByText("1,200 people").first()).isVisible();
        assertThat(page.getByText("40 %").first()).isVisible();
        assertThat(page.getByText("曼谷").first()).isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Accept"))
                .first()
                .click();
        settle();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save"))
                .first()
                .click();
        settle();
        assertThat(page.getByText("Record saved").first()).isVisible();
        page.waitForURL(url -> url.matches(".*/records/\\d+$"));
        settle();
        // The percentage is stored as a figure of its own kind, quoting its sentence.
        String record = page.url();
        String json = page.request()
                .get(record.replaceAll("/records/(\\d+)$", "/api/records/$1"))
                .text();
        org.assertj.core.api.Assertions.assertThat(json)
                .contains("\"unit\":\"PERCENT\"")
                .contains("此类案件下降40%");
    }
}
