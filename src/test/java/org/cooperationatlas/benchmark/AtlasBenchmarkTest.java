package org.cooperationatlas.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cooperationatlas.api.RecordCursor;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.base.data.Aggregates;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.importing.ImportKind;
import org.cooperationatlas.importing.ImportPlan;
import org.cooperationatlas.importing.ImportProgress;
import org.cooperationatlas.importing.ImportService;
import org.cooperationatlas.importing.ImportSummary;
import org.cooperationatlas.importing.Layout;
import org.cooperationatlas.importing.TestCsv;
import org.cooperationatlas.importing.UploadedCsv;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.SeekKey;
import org.cooperationatlas.search.RecordSearch;
import org.cooperationatlas.search.SearchRebuild;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.statistics.RecordStatistics;
import org.cooperationatlas.statistics.SummaryRebuild;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures what users wait for on a large atlas: grid pages, filters, the dashboard's and the map's aggregates,
 * and saving. Not part of the test suite; run it with the command in BENCHMARKS.md. The data is synthetic:
 * {@code benchmark.records} records with one to two figures and zero to three partners each.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.admin.initial-password=benchmark-admin-password")
class AtlasBenchmarkTest {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 9);
    private static final int WARM_UP_RUNS = 3;
    // Only the operations whose name contains this (-Dbenchmark.only=...), to look into one figure quickly.
    private static final String ONLY = System.getProperty("benchmark.only", "");
    private static final int IMPORT_ROWS = 100_000;
    private static final int PAGE = 50;
    private static volatile Duration contextStartup = Duration.ZERO;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry);
    }

    @TestConfiguration
    static class StartupClock {
        @EventListener
        void ready(ApplicationReadyEvent event) {
            contextStartup = event.getTimeTaken();
        }

        @Bean
        HttpSessionListener sessionRecorder() {
            return SessionFootprint.recorder();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    AggregateCache aggregates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RecordService records;

    @Autowired
    RecordStatistics statistics;

    @Autowired
    SummaryRebuild summaries;

    @Autowired
    SearchRebuild searchIndex;

    @Autowired
    RecordSearch search;

    private final List<Operation> planned = new ArrayList<>();
    private final Map<String, long[]> results = new LinkedHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    @Test
    void measure() throws Exception {
        measureStartup();
        int size = BenchmarkDatabase.RECORDS;
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("bench", null, Role.ADMIN.authorities()));
        long generation = fill(size);
        if (generation > 0 || Boolean.getBoolean("benchmark.rebuild")) {
            // Rows written around the application: the summary tables are counted afresh, as after any bulk load.
            long began = System.nanoTime();
            summaries.rebuild();
            searchIndex.rebuild();
            once("summary tables counted afresh from every record (after a bulk load)", System.nanoTime() - began);
        }
        if (BenchmarkDatabase.isPostgres()) {
            // As autovacuum would after a bulk load: statistics, and the visibility map that lets index-only
            // scans (the word index, the keyset levels) skip the table.
            jdbc.execute("vacuum analyze");
        }
        int total = jdbc.queryForObject("select count(*) from cooperation_record", Integer.class);
        if (Boolean.getBoolean("benchmark.fill-only")) {
            System.out.println("Filled " + total + " records in " + generation / 1000 + " s");
            return;
        }

        long id = search.list(RecordFilter.NONE, PageRequest.of(0, 1)).get(0).id();
        if (Boolean.getBoolean("benchmark.sessions-only")) {
            measureSessions(id);
            report(size, total, generation);
            return;
        }
        // The rows at 50 % and 99 % of each order are found first, with OFFSET over up to a million rows, which no
        // reader's request makes: their pages then pass through the database's cache before any timing, not
        // while another operation is being timed.
        List<String> columns = List.of("title", "kind", "periodFrom", "leadCountry");
        Map<String, SeekKey> rowBefore = new LinkedHashMap<>();
        for (String column : columns) {
            for (int percent : new int[] {50, 99}) {
                int page = (int) ((long) total * percent / 100 / PAGE);
                rowBefore.put(
                        column + percent,
                        SeekKey.of(rowsAt(PageRequest.of(page - 1, PAGE, Sort.by(column)))
                                .get(PAGE - 1)));
            }
        }
        String oneRecordsWord = String.valueOf(
                rowsAt(PageRequest.of(total / 2 / PAGE, PAGE)).get(0).id());
        for (String column : columns) {
            time(
                    "first page, sorted by " + column,
                    () -> search.list(RecordFilter.NONE, PageRequest.of(0, PAGE, Sort.by(column))));
        }
        // A grid reaches a deep page by scrolling: the page before it was served, and the next starts after its
        // last row (keyset). Jumping there with no page before it falls back to OFFSET, measured apart.
        for (String column : columns) {
            for (int percent : new int[] {50, 99}) {
                SeekKey before = rowBefore.get(column + percent);
                time(
                        "page at " + percent + " % depth, scrolled, sorted by " + column,
                        () -> search.listAfter(RecordFilter.NONE, Sort.by(column), before, 0, PAGE));
            }
        }
        // The HTTP API reaches a deep page by the cursor of the page before it; a page number reaches the first
        // 10,000 rows only. Timed as a client sees it: the request, the query and the JSON.
        HttpClient client = HttpClient.newHttpClient();
        for (int percent : new int[] {50, 99}) {
            URI next = URI.create("http://localhost:" + port + "/api/records?sort=periodFrom&size=" + PAGE + "&after="
                    + RecordCursor.of(rowBefore.get("periodFrom" + percent)));
            time(
                    "API page at " + percent + " % depth, by the cursor of the page before, by period",
                    () -> apiPage(client, next));
        }
        URI deepestNumbered = URI.create("http://localhost:" + port + "/api/records?sort=periodFrom&size=" + PAGE
                + "&page=" + (10_000 / PAGE - 1));
        time("API page by number, the deepest (rows 9,951–10,000), by period", () -> apiPage(client, deepestNumbered));
        time(
                "filter: text, two words in many records",
                () -> search.list(RecordFilter.NONE.withText("patrol 17"), PageRequest.of(0, PAGE)));
        time(
                "filter: text, a word of one record",
                () -> search.list(RecordFilter.NONE.withText(oneRecordsWord), PageRequest.of(0, PAGE)));
        time(
                "filter: text, a word of no record",
                () -> search.list(RecordFilter.NONE.withText("zanzibarian"), PageRequest.of(0, PAGE)));
        time(
                "filter: kind",
                () -> search.list(RecordFilter.NONE.withKind(RecordKind.JOINT_PATROL), PageRequest.of(0, PAGE)));
        time(
                "filter: crime area",
                () -> search.list(RecordFilter.NONE.withCrimeArea(CrimeArea.DRUGS), PageRequest.of(0, PAGE)));
        time("filter: country", () -> search.list(RecordFilter.NONE.withCountry("IT"), PageRequest.of(0, PAGE)));
        time("filter: region", () -> search.list(RecordFilter.NONE.withRegion("Africa"), PageRequest.of(0, PAGE)));
        time(
                "filter: metric",
                () -> search.list(RecordFilter.NONE.withMetric(Metric.VICTIMS_RESCUED), PageRequest.of(0, PAGE)));
        time("filter: period", () -> search.list(RecordFilter.NONE.withYears(2015, 2016), PageRequest.of(0, PAGE)));
        timeAggregate("dashboard: records", () -> statistics.countRecords(RecordFilter.NONE));
        timeAggregate("dashboard: countries involved", () -> statistics.countCountriesInvolved(RecordFilter.NONE));
        timeAggregate("dashboard: records per year", () -> statistics.recordsPerYear(RecordFilter.NONE));
        timeAggregate("dashboard: figure totals", () -> statistics.figureTotals(RecordFilter.NONE));
        timeAggregate(
                "dashboard: fugitives per year",
                () -> statistics.yearlyTotals(RecordFilter.NONE, Metric.FUGITIVES_FLED));
        timeAggregate("dashboard: records by region", () -> statistics.recordsByRegion(RecordFilter.NONE));
        timeAggregate("map: records per country", () -> statistics.involvementByCountry());
        timeAggregate(
                "dashboard: records per year, filtered by country (IT)",
                () -> statistics.recordsPerYear(RecordFilter.NONE.withCountry("IT")));
        timeAggregate("dashboard: sources of the records", () -> statistics.sourcesOf(RecordFilter.NONE, 4));
        timeAggregate(
                "dashboard: sources of the records, filtered by country (IT)",
                () -> statistics.sourcesOf(RecordFilter.NONE.withCountry("IT"), 4));
        timeAggregate(
                "dashboard: sources of the records, filtered by a country in no record (AQ)",
                () -> statistics.sourcesOf(RecordFilter.NONE.withCountry("AQ"), 4));
        timeAggregate(
                "dashboard: records by region, filtered by kind",
                () -> statistics.recordsByRegion(RecordFilter.NONE.withKind(RecordKind.JOINT_PATROL)));
        time("country profile: latest 100 records of China, with roles", () -> search.latestInvolving("CN", 100));
        List<Long> chinaLatest = search.latestInvolving("CN", 100).stream()
                .map(role -> role.record().id())
                .toList();
        time("country profile: figures about China", () -> records.figuresAbout("CN", chinaLatest));
        time("save a record", () -> {
            CooperationRecord record = records.get(id).orElseThrow();
            record.setSummary("Benchmark edit " + System.nanoTime());
            return records.save(record);
        });
        runPlanned();
        if (ONLY.isEmpty()) {
            measureImport();
        }
        // After the import, or with the contributions an earlier run imported.
        timeAggregate(
                "dashboard: peacekeeping personnel per month",
                () -> peacekeeping.monthlyPersonnel(null, null, null, null));
        runPlanned();
        if (!ONLY.isEmpty()) {
            return;
        }
        measureSessions(id);
        // What the aggregates answered, so that a suspiciously fast figure can be checked against its result.
        System.out.println("records " + statistics.countRecords(RecordFilter.NONE) + ", countries involved "
                + statistics.countCountriesInvolved(RecordFilter.NONE) + ", by region "
                + statistics.recordsByRegion(RecordFilter.NONE)
                + ", years " + statistics.recordsPerYear(RecordFilter.NONE).size() + ", Italy page "
                + search.list(RecordFilter.NONE.withCountry("IT"), PageRequest.of(0, PAGE))
                        .size());
        report(size, total, generation);
    }

    private void measureSessions(long recordId) throws Exception {
        List<String> routes = List.of("/", "/records", "/countries", "/countries/CN", "/records/" + recordId);
        for (String route : routes) {
            facts.put(
                    "session of a reader who opened " + route + " (serialized Vaadin session)",
                    sessionSize(List.of(route)));
        }
        facts.put("session of a reader who opened all five, each by a full page load", sessionSize(routes));
        try {
            facts.put(
                    "session of an editor (the administrator) who signed in and opened /records/" + recordId
                            + " to edit it (that page's UI)",
                    SessionFootprint.serializedBytes(port, List.of("/records/" + recordId), new String[] {
                                        "admin", "benchmark-admin-password"
                                    })
                                    / 1024
                            + " KB");
        } catch (RuntimeException failed) {
            facts.put("session of an editor", "not measured: " + failed);
        }
    }

    /** JVM start (including the test runner's own start) to the first page served, and Spring's share of it. */
    private void measureStartup() throws Exception {
        HttpResponse<String> first = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        long sinceJvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        facts.put("start-up: JVM start to first page served (HTTP " + first.statusCode() + ")", sinceJvmStart + " ms");
        facts.put("start-up: application context ready", contextStartup.toMillis() + " ms");
    }

    /** 100,000 contribution rows in long layout: read, dry run, commit; then the same file again (nothing changes). */
    private void measureImport() throws Exception {
        jdbc.update("delete from peacekeeping_contribution where mission_id in "
                + "(select id from mission where acronym like 'BENCH%')");
        jdbc.update("delete from mission where acronym like 'BENCH%'");
        byte[] file = contributionFile();
        long began = System.nanoTime();
        UploadedCsv csv = imports.open("benchmark.csv", TestCsv.write(file));
        long read = System.nanoTime();
        ImportPlan plan = imports.dryRun(csv, imports.suggest(csv, ImportKind.CONTRIBUTIONS, Layout.LONG));
        long checked = System.nanoTime();
        ImportSummary written = imports.commit(csv, plan, ImportProgress.NONE);
        long committed = System.nanoTime();
        UploadedCsv again = imports.open("benchmark.csv", TestCsv.write(file));
        ImportSummary unchanged = imports.commit(again, imports.dryRun(again, plan.mapping()), ImportProgress.NONE);
        csv.delete();
        again.delete();
        long repeated = System.nanoTime();
        once("import 100,000 rows: read the file (" + file.length / 1024 + " KB)", read - began);
        once("import 100,000 rows: dry run", checked - read);
        once("import 100,000 rows: commit (" + written.created() + " created)", committed - checked);
        once("import 100,000 rows: total, upload to committed", committed - began);
        once("import the same file again (" + unchanged.unchanged() + " unchanged)", repeated - committed);
    }

    private byte[] contributionFile() {
        List<String> countries = jdbc.queryForList("select iso3 from country order by iso3", String.class);
        String[] types = {"Individual Police", "Formed Police Units", "Experts on Mission", "Staff Officers", "Troops"};
        StringBuilder csv = new StringBuilder("Country,Mission,Month,Personnel Type,Male,Female,Total\n");
        Random random = new Random(7);
        int rows = 0;
        for (int pair = 0; rows < IMPORT_ROWS; pair++) {
            String country = countries.get(pair % countries.size());
            String mission = String.format("BENCH%02d", pair / countries.size());
            for (int month = 1; month <= 12 && rows < IMPORT_ROWS; month++) {
                for (int type = 0; type < types.length && rows < IMPORT_ROWS; type++, rows++) {
                    int male = random.nextInt(800);
                    int female = random.nextInt(120);
                    csv.append(country)
                            .append(',')
                            .append(mission)
                            .append(",2024-")
                            .append(month)
                            .append(',')
                            .append(types[type])
                            .append(',')
                            .append(male)
                            .append(',')
                            .append(female)
                            .append(',')
                            .append(male + female)
                            .append('\n');
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String sessionSize(List<String> routes) {
        try {
            return SessionFootprint.serializedBytes(port, routes) / 1024 + " KB";
        } catch (RuntimeException failed) {
            return "not measured: " + failed;
        }
    }

    private void once(String name, long nanos) {
        results.put(name, new long[] {nanos / 1_000_000});
        System.out.println("| " + name + " | " + nanos / 1_000_000 + " | (once) |");
    }

    /**
     * An aggregate twice: computed afresh, as the first reader after any edit waits for it (the data version is
     * raised before each run, outside the timing), and as every further reader gets it until the next edit.
     */
    /**
     * The rows at a depth, found by OFFSET to set up a measurement. H2 keeps the last result of each statement its
     * connection has prepared, here hundreds of thousands of skipped rows: the pool's connections are renewed so that
     * what follows is not measured with that weight on the heap (and the collector's pauses it brings).
     */
    private List<org.cooperationatlas.record.RecordRow> rowsAt(PageRequest page) {
        List<org.cooperationatlas.record.RecordRow> rows = search.list(RecordFilter.NONE, page);
        if (dataSource instanceof HikariDataSource pool) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        return rows;
    }

    private static String apiPage(HttpClient client, URI page) {
        try {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void timeAggregate(String name, Supplier<?> action) {
        time(name + ", computed afresh", action, () -> Aggregates.forget(aggregates));
        time(name + ", after an edit (previous figures while computing)", action, aggregates::changed);
        time(name + ", data unchanged", action, () -> {});
    }

    private void time(String name, Supplier<?> action) {
        time(name, action, () -> {});
    }

    private void time(String name, Supplier<?> action, Runnable beforeEach) {
        if (name.contains(ONLY)) {
            planned.add(new Operation(name, action, beforeEach));
        }
    }

    /**
     * Times the operations planned so far. A server that has been running a while has compiled its code and holds
     * the pages its readers read in the database's cache; on H2 that cache is in the heap, and filling it makes the
     * collector copy every page it keeps. So every operation first runs once, a collection then settles the
     * heap, and only then is each one warmed up and timed in turn: its figures are its own, not the cost of
     * filling the cache with the pages of the operations before it.
     */
    private void runPlanned() {
        planned.forEach(Operation::run);
        System.gc();
        for (Operation operation : planned) {
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                operation.run();
            }
            long[] millis = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                operation.beforeEach().run();
                long start = System.nanoTime();
                operation.action().get();
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            results.put(operation.name(), millis);
            // Printed as measured, so that a run stopped early still tells what it measured.
            System.out.println("| " + operation.name() + " | " + millis[RUNS / 2] + " | "
                    + millis[(int) Math.ceil(RUNS * 0.95) - 1] + " |");
        }
        planned.clear();
    }

    /** An operation to time, and what to do before each run of it (such as emptying the aggregates' cache). */
    private record Operation(String name, Supplier<?> action, Runnable beforeEach) {

        void run() {
            beforeEach.run();
            action.get();
        }
    }

    private void report(int size, int total, long generationMillis) throws IOException {
        StringBuilder table = new StringBuilder("| operation | p50 ms | p95 ms |\n| --- | ---: | ---: |\n");
        results.forEach((name, millis) -> table.append("| ")
                .append(name)
                .append(" | ")
                .append(millis[millis.length / 2])
                .append(" | ")
                .append(millis[(int) Math.ceil(millis.length * 0.95) - 1])
                .append(" |\n"));
        facts.forEach(
                (name, value) -> table.append("\n- ").append(name).append(": ").append(value));
        String text = BenchmarkDatabase.describe() + ", " + total + " records (" + size + " generated in "
                + generationMillis / 1000 + " s), "
                + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + ", heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n\n" + table;
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/results-" + BenchmarkDatabase.KIND + "-" + size + ".md"), text);
        System.out.println(text);
    }

    /** Adds synthetic records until there are {@code size}; a database filled by an earlier run is reused. */
    private long fill(int size) {
        long began = System.currentTimeMillis();
        int existing = jdbc.queryForObject("select count(*) from cooperation_record", Integer.class);
        if (existing >= size) {
            return 0;
        }
        List<String> countries = jdbc.queryForList("select iso2 from country where region is not null", String.class);
        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        Random random = new Random(42);
        RecordKind[] kinds = RecordKind.values();
        CrimeArea[] areas = CrimeArea.values();
        Metric[] metrics = {
            Metric.SUSPECTS_ARRESTED,
            Metric.VICTIMS_RESCUED,
            Metric.FUGITIVES_RETURNED,
            Metric.ASSETS_RECOVERED,
            Metric.OFFICERS_DEPLOYED,
            Metric.FUGITIVES_FLED
        };
        long nextId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from cooperation_record", Long.class);
        int batch = 5_000;
        for (int done = existing; done < size; done += batch) {
            List<Object[]> recordRows = new ArrayList<>();
            List<Object[]> partnerRows = new ArrayList<>();
            List<Object[]> sourceRows = new ArrayList<>();
            List<Object[]> figureRows = new ArrayList<>();
            for (int i = 0; i < batch && done + i < size; i++) {
                long id = nextId++;
                LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(35 * 365));
                LocalDate end = start.plusDays(random.nextInt(700));
                String lead = countries.get(random.nextInt(countries.size()));
                recordRows.add(new Object[] {
                    id,
                    "Synthetic "
                            + kinds[random.nextInt(kinds.length)]
                                    .name()
                                    .toLowerCase()
                                    .replace('_', ' ') + " " + id,
                    kinds[random.nextInt(kinds.length)].name(),
                    areas[random.nextInt(areas.length)].name(),
                    lead,
                    Date.valueOf(start),
                    Date.valueOf(start),
                    Date.valueOf(end)
                });
                random.ints(random.nextInt(4), 0, countries.size())
                        .mapToObj(countries::get)
                        .distinct()
                        .filter(partner -> !partner.equals(lead))
                        .forEach(partner -> partnerRows.add(new Object[] {id, partner}));
                sourceRows.add(new Object[] {id, source});
                for (int f = 0; f < 1 + random.nextInt(2); f++) {
                    figureRows.add(new Object[] {
                        id,
                        f,
                        metrics[random.nextInt(metrics.length)].name(),
                        random.nextInt(5_000),
                        Date.valueOf(start.withDayOfYear(1)),
                        Date.valueOf(start.withDayOfYear(start.lengthOfYear())),
                        source
                    });
                }
            }
            jdbc.batchUpdate(
                    "insert into cooperation_record (id, title, kind, crime_area, lead_country, start_date, "
                            + "start_precision, period_from, period_to, status, updated_at) values (?, ?, ?, ?, ?, ?, 'DAY', ?, ?, "
                            + "'COMPLETED', current_timestamp)",
                    recordRows);
            jdbc.batchUpdate("insert into record_partner (record_id, country_iso2) values (?, ?)", partnerRows);
            jdbc.batchUpdate("insert into record_source (record_id, source_id) values (?, ?)", sourceRows);
            jdbc.batchUpdate(
                    "insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, "
                            + "period_to, cumulative, source_id) values (?, ?, ?, ?, 'EXACT', 'PEOPLE', ?, ?, false, ?)",
                    figureRows);
        }
        return System.currentTimeMillis() - began;
    }
}
