package org.cooperationatlas.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;

/**
 * The server memory one reader's session holds: a browser opens the routes in a session of its own, then the
 * session's Vaadin state (its UIs and their components) is serialized. Objects every session shares (services,
 * the Spring context, Hibernate, the Vaadin service) are written as a name instead of their contents.
 */
final class SessionFootprint {

    /** Every HTTP session the server creates, filled by a session listener the benchmark registers. */
    static final Set<HttpSession> CREATED = ConcurrentHashMap.newKeySet();

    private SessionFootprint() {}

    /** The listener a test registers as a bean, so that {@link #CREATED} sees every session the server makes. */
    static HttpSessionListener recorder() {
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                CREATED.add(event.getSession());
            }
        };
    }

    static long serializedBytes(int port, List<String> routes) {
        return serializedBytes(port, routes, null);
    }

    /**
     * The same for a user who signed in first with the given user name and password (null: a reader), counting
     * only the UI of the last route: the page the sign-in lands on may still be open.
     */
    static long serializedBytes(int port, List<String> routes, String[] signIn) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync")))) {
            CREATED.clear();
            BrowserContext context = browser.newContext();
            // The first reader after start-up may wait for aggregates to be computed once.
            context.setDefaultTimeout(300_000);
            Page page = context.newPage();
            if (signIn != null) {
                page.navigate("http://localhost:" + port + "/login");
                page.getByLabel("User name").fill(signIn[0]);
                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                        .fill(signIn[1]);
                page.locator("vaadin-button[slot='submit'], vaadin-button:has-text('Sign in')")
                        .first()
                        .click();
                page.waitForURL(url -> !url.contains("/login"));
            }
            for (String route : routes) {
                page.navigate("http://localhost:" + port + route);
                page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
            }
            // A page left behind is closed when the browser tells the server it left it (a beacon on unload),
            // which may arrive a moment after the next page has loaded: wait for it, up to ten seconds.
            waitForOnlyTheLastPage(10_000);
            String lastPage = routes.get(routes.size() - 1).substring(1);
            long bytes = 0;
            for (HttpSession session : List.copyOf(CREATED)) {
                for (String name : Collections.list(session.getAttributeNames())) {
                    if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                        bytes += serialized(vaadin, signIn == null ? null : lastPage);
                    }
                }
            }
            context.close();
            return bytes;
        }
    }

    private static void waitForOnlyTheLastPage(long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until && CREATED.stream().anyMatch(SessionFootprint::hasSeveralUis)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean hasSeveralUis(HttpSession session) {
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                vaadin.lock();
                try {
                    if (vaadin.getUIs().size() > 1) {
                        return true;
                    }
                } finally {
                    vaadin.unlock();
                }
            }
        }
        return false;
    }

    /** The session and its UIs, or only the UI showing {@code onlyPage} when it is given. */
    private static long serialized(VaadinSession session, String onlyPage) {
        session.lock();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SharedAsNames out = new SharedAsNames(bytes);
            try (out) {
                out.writeObject(session);
                // A session keeps its UIs in a transient field; they are what a reader's pages hold.
                for (UI ui : session.getUIs()) {
                    if (onlyPage == null
                            || ui.getInternals()
                                    .getActiveViewLocation()
                                    .getPath()
                                    .equals(onlyPage)) {
                        out.writeObject(ui);
                    }
                }
            }
            if (Boolean.getBoolean("benchmark.session-histogram")) {
                System.out.println("  UIs open: "
                        + session.getUIs().stream()
                                .map(ui -> ui.getInternals()
                                        .getActiveViewLocation()
                                        .getPath())
                                .toList());
                // Which classes a session holds most objects of: where to look when it grows.
                out.written.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(60)
                        .forEach(entry -> System.out.println("  " + entry.getValue() + " " + entry.getKey()));
            }
            return bytes.size();
        } catch (IOException failed) {
            throw new IllegalStateException("Could not serialize a session", failed);
        } finally {
            session.unlock();
        }
    }

    /** Writes objects that all sessions share, or that cannot be serialized, as their class name. */
    private static final class SharedAsNames extends ObjectOutputStream {

        private final Map<String, Integer> written = new HashMap<>();

        SharedAsNames(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object == null) {
                return null;
            }
            String type = object.getClass().getName();
            boolean shared = !(object instanceof Serializable)
                    || object instanceof ApplicationContext
                    || object instanceof VaadinService
                    || type.startsWith("org.hibernate.internal")
                    || type.startsWith("org.springframework.")
                    || type.contains("$$SpringCGLIB$$");
            written.merge(
                    object instanceof java.lang.invoke.SerializedLambda lambda
                            ? "lambda " + lambda.getImplClass() + "." + lambda.getImplMethodName()
                            : type,
                    1,
                    Integer::sum);
            return shared ? "shared " + type : object;
        }
    }
}
