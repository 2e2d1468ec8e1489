package org.cooperationatlas.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server memory one reader's session takes: the heap after garbage collection grows by this much per
 * browser session that has opened every view. Each browser context is a session of its own.
 */
final class SessionFootprint {

    private SessionFootprint() {
    }

    static long bytesPerSession(int port, List<String> routes, int sessions) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                     .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                             "--disable-sync")))) {
            open(browser, port, routes);
            long before = heapAfterGc();
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                open.add(open(browser, port, routes));
            }
            long after = heapAfterGc();
            open.forEach(BrowserContext::close);
            return (after - before) / sessions;
        }
    }

    private static BrowserContext open(Browser browser, int port, List<String> routes) {
        BrowserContext context = browser.newContext();
        // The first reader after start-up waits for every aggregate to be computed once, for a minute at a million records.
        context.setDefaultTimeout(300_000);
        Page page = context.newPage();
        for (String route : routes) {
            page.navigate("http://localhost:" + port + route);
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                    + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        }
        return context;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
