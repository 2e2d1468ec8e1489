package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every route opens, signed out and as the administrator, without an error in the browser (a violation of the
 * Content-Security-Policy is one) or in the server log, and with every picture (the flags) loaded.
 */
class CrawlJourneyTest extends BrowserJourney {

    private static final List<String> PUBLIC_ROUTES = List.of(
            "/",
            "/?kind=JOINT_PATROL&from=2016",
            "/records",
            "/records?country=IT",
            "/records/1",
            "/records/7",
            "/countries",
            "/countries/it",
            "/countries/QQ",
            "/records/99999",
            "/login",
            "/nosuchpage");
    private static final List<String> ADMIN_ROUTES = List.of(
            "/records/new",
            "/admin/users",
            "/admin/import",
            "/admin/country-names",
            "/records/2",
            "/records/deleted",
            "/nosuchpage");

    @Test
    void every_route_opens_cleanly() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
        serverLog.start();
        root.addAppender(serverLog);
        try {
            PUBLIC_ROUTES.forEach(this::visit);
            signInAsAdmin();
            ADMIN_ROUTES.forEach(this::visit);
        } finally {
            root.detachAppender(serverLog);
        }
        assertThat(serverLog.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
        assertThat(serverLog.list)
                .filteredOn(event -> event.getThrowableProxy() != null)
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    private void visit(String route) {
        open(route);
        assertThat(page.locator("body")).not().containsText("There was an exception");
        if (route.equals("/nosuchpage")) {
            assertThat(page.getByText("Page not found")).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/nosuchpage");
        }
        Object broken =
                // Flags far from the screen are not asked for yet (they wait with their address in data-src).
                page.evaluate("() => Array.from(document.images).filter(i => !i.dataset.src)"
                        + ".filter(i => i.complete && i.naturalWidth === 0)"
                        + ".map(i => i.src)");
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) broken)
                .as("pictures that did not load on " + route)
                .isEmpty();
    }
}
