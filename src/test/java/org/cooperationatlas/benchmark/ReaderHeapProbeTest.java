package org.cooperationatlas.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ComponentMapping;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.vm.VM;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * What one reader's session holds on the heap, by component and by class: Chromium opens a route in three
 * sessions, and the objects reachable from the last session's Vaadin state but not from the second's are that
 * reader's own (shared objects, such as services, the Spring context, enum constants and cached strings, are
 * reachable from both). Sizes are the JVM's own object sizes. The findings behind BENCHMARKS.md's "side by side"
 * section; a probe, not a test: it asserts only that it found something.
 *
 * <p>{@code ./mvnw -Pbenchmark test -Dtest=ReaderHeapProbeTest -Dbenchmark.heap.routes=/records,/} writes
 * {@code target/benchmark/heap-<route>.txt}. The benchmark profile opens the JDK's packages to the walk.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "atlas.test.database=session-size")
class ReaderHeapProbeTest {

    private static final int SESSIONS = 3;

    @LocalServerPort
    int port;

    @Test
    void what_a_reader_holds_by_component_and_class() throws Exception {
        String routes = System.getProperty("benchmark.heap.routes", "/records,/");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        Files.createDirectories(Path.of("target/benchmark"));
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setArgs(List.of("--no-sandbox", "--disable-background-networking")))) {
            for (String route : routes.split(",")) {
                String report = probe(browser, route.trim());
                System.out.println(report);
                Files.writeString(
                        Path.of("target/benchmark/heap-" + route.trim().replaceAll("[^A-Za-z0-9]", "_") + ".txt"),
                        report);
                assertThat(report).contains("KB");
            }
        }
    }

    private String probe(Browser browser, String route) throws InterruptedException {
        List<VaadinSession> sessions = new ArrayList<>();
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            SessionFootprint.CREATED.clear();
            BrowserContext context = browser.newContext();
            contexts.add(context);
            context.setDefaultTimeout(300_000);
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + route);
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                    + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
            Thread.sleep(1000);
            for (HttpSession session : List.copyOf(SessionFootprint.CREATED)) {
                for (String name : Collections.list(session.getAttributeNames())) {
                    if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                        sessions.add(vaadin);
                    }
                }
            }
        }
        VaadinSession reader = sessions.get(sessions.size() - 1);
        VaadinSession other = sessions.get(sessions.size() - 2);
        Map<Object, String> owners = new IdentityHashMap<>();
        other.lock();
        reader.lock();
        try {
            Set<Object> shared = walk(other, null);
            Set<Object> own = walk(reader, owners);
            own.removeAll(shared);
            contexts.forEach(BrowserContext::close);
            return report(route, own, owners);
        } finally {
            reader.unlock();
            other.unlock();
        }
    }

    private static String report(String route, Set<Object> own, Map<Object, String> owners) {
        Map<String, long[]> byClass = new TreeMap<>();
        Map<String, long[]> byOwner = new TreeMap<>();
        long total = 0;
        for (Object object : own) {
            long size = VM.current().sizeOf(object);
            total += size;
            String type = object.getClass().getName().replaceAll("[$][$]Lambda.*", " (lambda)");
            add(byClass, type, size);
            add(byOwner, owners.getOrDefault(object, "?"), size);
        }
        StringBuilder out = new StringBuilder("One reader's session on " + route + ": " + total / 1024 + " KB in "
                + own.size() + " objects\n-- by the component whose state holds them\n");
        top(out, byOwner, 30);
        out.append("-- by class\n");
        top(out, byClass, 30);
        return out.toString();
    }

    private static void add(Map<String, long[]> tally, String key, long size) {
        long[] entry = tally.computeIfAbsent(key, k -> new long[2]);
        entry[0] += size;
        entry[1]++;
    }

    private static void top(StringBuilder out, Map<String, long[]> tally, int count) {
        tally.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(count)
                .forEach(entry -> out.append(String.format(
                        "%8.1f KB %6d  %s%n", entry.getValue()[0] / 1024.0, entry.getValue()[1], entry.getKey())));
    }

    /**
     * Every object reachable from the session and its UIs, stopping at what all sessions share by nature. With
     * {@code owners}, each object is put down to the component whose state node reached it first.
     */
    private static Set<Object> walk(VaadinSession session, Map<Object, String> owners) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> queue = new ArrayDeque<>();
        seen.add(session);
        queue.add(session);
        if (owners != null) {
            owners.put(session, "(session)");
        }
        while (!queue.isEmpty()) {
            Object object = queue.poll();
            String owner = owners == null ? null : ownerOf(object, owners);
            for (Object reference : references(object)) {
                if (reference != null && !sharedByNature(reference) && seen.add(reference)) {
                    if (owners != null) {
                        owners.put(reference, owner);
                    }
                    queue.add(reference);
                }
            }
        }
        return seen;
    }

    private static String ownerOf(Object object, Map<Object, String> owners) {
        String owner = owners.get(object);
        if (object instanceof Component component) {
            owner = component.getClass().getSimpleName();
        } else if (object instanceof StateNode node && node.hasFeature(ComponentMapping.class)) {
            owner = node.getFeatureIfInitialized(ComponentMapping.class)
                    .flatMap(ComponentMapping::getComponent)
                    .map(component -> component.getClass().getSimpleName())
                    .orElse(owner);
        }
        owners.put(object, owner);
        return owner;
    }

    private static List<Object> references(Object object) {
        List<Object> references = new ArrayList<>();
        if (object instanceof VaadinSession session) {
            // A session keeps its UIs in a transient field.
            references.addAll(session.getUIs());
        }
        Class<?> type = object.getClass();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                references.addAll(Arrays.asList((Object[]) object));
            }
            return references;
        }
        for (; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    references.add(field.get(object));
                } catch (ReflectiveOperationException | RuntimeException closed) {
                    // A field the module system keeps closed: left out of the walk.
                }
            }
        }
        return references;
    }

    private static boolean sharedByNature(Object object) {
        if (object instanceof Class
                || object instanceof ClassLoader
                || object instanceof Thread
                || object instanceof VaadinService
                || object instanceof ApplicationContext
                || object instanceof jakarta.servlet.ServletContext
                || object instanceof java.lang.reflect.Member
                || object instanceof java.lang.invoke.MethodHandle
                || object instanceof Enum) {
            return true;
        }
        String type = object.getClass().getName();
        return type.startsWith("org.springframework.")
                || type.startsWith("org.hibernate.")
                || type.startsWith("org.apache.catalina.")
                || type.startsWith("org.apache.tomcat.")
                || type.contains("$$SpringCGLIB$$")
                || object.getClass().isAnnotationPresent(org.springframework.stereotype.Service.class)
                || object.getClass().isAnnotationPresent(org.springframework.stereotype.Component.class);
    }

    @TestConfiguration
    static class SessionRecorder {

        @Bean
        HttpSessionListener sessionRecorder() {
            return SessionFootprint.recorder();
        }
    }
}
