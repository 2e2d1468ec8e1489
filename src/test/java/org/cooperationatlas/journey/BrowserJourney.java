package org.cooperationatlas.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the application on a free port and drives it with Debian's Chromium through Playwright.
 * Every journey fails on an error in the browser console.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.admin.initial-password=" + BrowserJourney.ADMIN_PASSWORD)
public abstract class BrowserJourney {

    /** The first administrator's password in these tests only; a real installation sets its own. */
    static final String ADMIN_PASSWORD = "journey-admin-password";

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    protected Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        boolean required = Boolean.parseBoolean(System.getenv("ATLAS_REQUIRE_BROWSER"));
        assumeTrue(
                required || Files.isExecutable(CHROMIUM),
                "Browser journeys need Chromium at " + CHROMIUM + " (apt-get install chromium); skipped without it");
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = watched(browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))
                .newPage());
    }

    /** The page, with every error its console or its scripts report kept for the check after the test. */
    private Page watched(Page opened) {
        opened.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        opened.onPageError(error -> consoleErrors.add(error));
        return opened;
    }

    @AfterEach
    void noConsoleErrors() {
        if (page == null) {
            return;
        }
        page.context().close();
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    /**
     * Opens the address as a reader typing it would. A navigation that the page being left interrupts (its router
     * moving the address after a server round trip, just then) is aborted by the browser; the address is then opened
     * in a new tab of the same session, as a reader would, and the old tab closed.
     */
    protected void open(String path) {
        String address = "http://localhost:" + port + path;
        try {
            page.navigate(address);
        } catch (com.microsoft.playwright.PlaywrightException aborted) {
            if (!String.valueOf(aborted.getMessage()).contains("ERR_ABORTED")) {
                throw aborted;
            }
            Page left = page;
            page = watched(left.context().newPage());
            left.close();
            page.navigate(address);
        }
        settle();
    }

    protected void signInAsAdmin() {
        open("/login");
        page.getByLabel("User name").fill("admin");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(ADMIN_PASSWORD);
        page.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }

    /** Waits until Vaadin has no server round trip in flight, instead of sleeping. */
    protected void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
    }
}
