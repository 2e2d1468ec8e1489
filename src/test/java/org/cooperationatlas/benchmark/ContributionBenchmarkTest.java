package org.cooperationatlas.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.base.data.Aggregates;
import org.cooperationatlas.peacekeeping.ContributionCursor;
import org.cooperationatlas.peacekeeping.MonthRange;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.peacekeeping.PersonnelType;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a million UN contribution lines cost a reader, and what importing a real-sized file through the browser
 * costs the server: API pages at every depth, filtered or not; the overview's and a country page's peacekeeping
 * personnel; and a 100,000-row file uploaded, checked and imported through the import page in Chromium, with the
 * heap's peak while it ran. Run it alone with the command in BENCHMARKS.md.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.admin.initial-password=" + ContributionBenchmarkTest.ADMIN_PASSWORD)
class ContributionBenchmarkTest {

    static final String ADMIN_PASSWORD = "benchmark-admin-password";
    private static final int LINES = Integer.getInteger("benchmark.contributions", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    private static final int WARM_UP_RUNS = 3;
    private static final int UPLOAD_ROWS = 100_000;
    private static final String[] TYPES =
            Arrays.stream(PersonnelType.values()).map(Enum::name).toArray(String[]::new);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry, "atlas-contributions");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    AggregateCache aggregates;

    @Autowired
    PeacekeepingFlows flows;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        System.out.println("| database | " + BenchmarkDatabase.describe() + " |");
        System.out.println("| " + fill() + " |");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("bench", null, Role.ADMIN.authorities()));
        long lines = jdbc.queryForObject("select count(*) from peacekeeping_contribution", Long.class);
        System.out.println("| contribution lines | " + lines + " |");

        String deep50 = cursorAt(lines / 2);
        String deep99 = cursorAt(lines * 99 / 100);
        String china = "country=CN";
        String chinaDeep =
                cursorAt("where contributing_country = 'CN'", countOf("contributing_country = 'CN'") * 99 / 100);
        String mission = "mission=BENCHC02";
        time("API: first page of 50, no filter", () -> api("/api/contributions"));
        time("API: first page of 1,000, no filter", () -> api("/api/contributions?size=1000"));
        time("API: page of 50 at 50 % depth, by the cursor", () -> api("/api/contributions?after=" + deep50));
        time(
                "API: page of 1,000 at 99 % depth, by the cursor",
                () -> api("/api/contributions?size=1000&after=" + deep99));
        time("API: first page of 1,000, a country", () -> api("/api/contributions?size=1000&" + china));
        time(
                "API: page of 1,000 at 99 % of a country, by the cursor",
                () -> api("/api/contributions?size=1000&" + china + "&after=" + chinaDeep));
        time("API: first page of 1,000, a mission", () -> api("/api/contributions?size=1000&" + mission));
        time("API: first page of 1,000, a year", () -> api("/api/contributions?size=1000&from=2019&to=2019"));
        time(
                "API: first page of 1,000, a country and years",
                () -> api("/api/contributions?size=1000&" + china + "&from=2015&to=2016"));
        time(
                "overview: peacekeeping personnel per month, computed afresh",
                () -> peacekeeping.monthlyPersonnel(null, null, null, null),
                () -> Aggregates.forget(aggregates));
        time(
                "overview: peacekeeping personnel per month, a region, computed afresh",
                () -> peacekeeping.monthlyPersonnel(null, "Africa", null, null),
                () -> Aggregates.forget(aggregates));
        time("country profile: China's personnel per month", () -> peacekeeping.monthlyPersonnel("CN"));
        timeFlows();
        uploadThroughTheBrowser();
    }

    /**
     * Flows, the map's personnel and a country's missions, each computed afresh (the aggregate cache emptied before
     * every run): a month, a year, and the whole span with part-years at both ends, which reads its whole years from
     * the yearly sums and its ends from the lines.
     */
    private void timeFlows() {
        List<YearMonth> months = flows.months();
        YearMonth last = months.get(months.size() - 1);
        YearMonth first = months.get(0);
        Runnable afresh = () -> Aggregates.forget(aggregates);
        time(
                "flows: police, one month, computed afresh",
                () -> flows.flows(MonthRange.of(last), PersonnelGroup.POLICE),
                afresh);
        time(
                "flows: all personnel, a calendar year, computed afresh",
                () -> flows.flows(new MonthRange(YearMonth.of(2010, 1), YearMonth.of(2010, 12)), PersonnelGroup.ALL),
                afresh);
        time(
                "flows: police, every month but the first and last (part-years at both ends), computed afresh",
                () -> flows.flows(new MonthRange(first.plusMonths(1), last.minusMonths(1)), PersonnelGroup.POLICE),
                afresh);
        time(
                "map: police contributed per country in a month, computed afresh",
                () -> flows.contributedIn(last, PersonnelGroup.POLICE),
                afresh);
        time(
                "map: personnel hosted per country in a month, computed afresh",
                () -> flows.hostedIn(last, PersonnelGroup.ALL),
                afresh);
        time(
                "country page: where China's police serve, computed afresh",
                () -> flows.servedAbroad("CN", PersonnelGroup.POLICE),
                afresh);
        time(
                "country page: who serves in Liberia (a quarter of all lines), computed afresh",
                () -> flows.servedIn("LR", PersonnelGroup.ALL),
                afresh);
    }

    /** Fills the database with distinct lines of benchmark missions up to the size asked for, once. */
    private String fill() {
        long present = jdbc.queryForObject("select count(*) from peacekeeping_contribution", Long.class);
        if (present >= LINES) {
            if (jdbc.queryForObject("select count(*) from contribution_year_flow", Long.class) == 0) {
                recountTotals();
                placeMissions();
            }
            return "filled earlier: " + present + " lines";
        }
        long began = System.nanoTime();
        List<String> countries = jdbc.queryForList("select iso2 from country order by iso2", String.class);
        int months = 200;
        int missions = (int) Math.ceil((double) LINES / countries.size() / months / TYPES.length);
        List<Long> missionIds = new ArrayList<>();
        for (int m = 0; m < missions; m++) {
            String acronym = String.format("BENCHC%02d", m);
            jdbc.update(
                    "insert into mission (acronym, name, version) select ?, ?, 0 where not exists "
                            + "(select 1 from mission where acronym = ?)",
                    acronym,
                    "Benchmark mission " + m,
                    acronym);
            missionIds.add(jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym));
        }
        jdbc.update("delete from peacekeeping_contribution");
        Random random = new Random(11);
        List<Object[]> batch = new ArrayList<>();
        int written = 0;
        for (int month = 0; month < months && written < LINES; month++) {
            Date day = Date.valueOf(LocalDate.of(2005, 1, 1).plusMonths(month));
            for (long missionId : missionIds) {
                for (String country : countries) {
                    for (String type : TYPES) {
                        if (written++ >= LINES) {
                            break;
                        }
                        int male = random.nextInt(400);
                        int female = random.nextInt(60);
                        batch.add(new Object[] {day, country, missionId, type, male, female, male + female});
                        if (batch.size() == 10_000) {
                            insert(batch);
                        }
                    }
                }
            }
        }
        insert(batch);
        recountTotals();
        placeMissions();
        if (BenchmarkDatabase.isPostgres()) {
            jdbc.execute("vacuum analyze peacekeeping_contribution");
        }
        return "filled " + Math.min(written, LINES) + " lines in " + (System.nanoTime() - began) / 1_000_000_000 + " s";
    }

    // The benchmark's missions serve in Liberia, South Sudan, the Congo and Mali, in turn.
    private void placeMissions() {
        List<String> hosts = List.of("LR", "SS", "CD", "ML");
        List<Long> ids =
                jdbc.queryForList("select id from mission where acronym like 'BENCHC%' order by acronym", Long.class);
        for (int i = 0; i < ids.size(); i++) {
            String host = hosts.get(i % hosts.size());
            jdbc.update("update mission set host_country = ? where id = ?", host, ids.get(i));
            jdbc.update("delete from mission_host where mission_id = ?", ids.get(i));
            jdbc.update("insert into mission_host (mission_id, country_iso2) values (?, ?)", ids.get(i), host);
        }
    }

    // Lines written around the application: the monthly totals are summed afresh, as README says after a bulk load.
    private void recountTotals() {
        jdbc.update("delete from contribution_year_flow");
        jdbc.update(
                "insert into contribution_year_flow (period_year, personnel_type, contributing_country, mission_id, "
                        + "person_months) select cast(extract(year from period_month) as integer), personnel_type, "
                        + "contributing_country, mission_id, sum(total) from peacekeeping_contribution "
                        + "group by cast(extract(year from period_month) as integer), personnel_type, contributing_country, "
                        + "mission_id");
        jdbc.update("delete from contribution_month_total");
        jdbc.update("delete from contribution_month_sum");
        jdbc.update("delete from contribution_month_region");
        jdbc.update("insert into contribution_month_total (contributing_country, period_month, personnel_type, total) "
                + "select contributing_country, period_month, personnel_type, sum(total) from peacekeeping_contribution "
                + "group by contributing_country, period_month, personnel_type");
        jdbc.update("insert into contribution_month_sum (period_month, personnel_type, total) select period_month, "
                + "personnel_type, sum(total) from contribution_month_total group by period_month, personnel_type");
        jdbc.update("insert into contribution_month_region (region, period_month, personnel_type, total) select "
                + "c.region, t.period_month, t.personnel_type, sum(t.total) from contribution_month_total t join "
                + "country c on c.iso2 = t.contributing_country where c.region is not null "
                + "group by c.region, t.period_month, t.personnel_type");
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate(
                "insert into peacekeeping_contribution (period_month, contributing_country, mission_id, "
                        + "personnel_type, male, female, total, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                batch);
        batch.clear();
    }

    private long countOf(String condition) {
        return jdbc.queryForObject("select count(*) from peacekeeping_contribution where " + condition, Long.class);
    }

    private String cursorAt(long offset) {
        return cursorAt("", offset);
    }

    // The key of the line at that depth, found by OFFSET before any timing, as the page before would give it.
    private String cursorAt(String where, long offset) {
        ContributionCursor cursor = jdbc.queryForObject(
                "select period_month, contributing_country, mission_id, "
                        + "personnel_type from peacekeeping_contribution " + where
                        + " order by period_month, contributing_country, mission_id, personnel_type offset " + offset
                        + " rows fetch first 1 rows only",
                (row, n) -> new ContributionCursor(
                        row.getDate(1).toLocalDate(),
                        row.getString(2),
                        row.getLong(3),
                        PersonnelType.valueOf(row.getString(4))));
        if (dataSource instanceof HikariDataSource pool) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        return cursor.encode();
    }

    private String api(String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void time(String name, Supplier<?> action) {
        time(name, action, () -> {});
    }

    private void time(String name, Supplier<?> action, Runnable beforeEach) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            beforeEach.run();
            action.get();
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            beforeEach.run();
            long start = System.nanoTime();
            action.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println(
                "| " + name + " | " + millis[RUNS / 2] + " | " + millis[(int) Math.ceil(RUNS * 0.95) - 1] + " |");
    }

    /**
     * The import as an administrator does it, in Chromium: upload a 100,000-row wide file, check it, import it.
     * The heap's peak is the sum of the heap pools' peaks from just before the upload to the end of the import.
     */
    private void uploadThroughTheBrowser() throws IOException {
        // The file's lines are new each run: an earlier run's are removed first, with their months' totals.
        List<LocalDate> months = jdbc.queryForList(
                "select distinct period_month from peacekeeping_contribution "
                        + "where mission_id in (select id from mission where acronym like 'BENCHU%')",
                LocalDate.class);
        jdbc.update("delete from peacekeeping_contribution where mission_id in "
                + "(select id from mission where acronym like 'BENCHU%')");
        if (!months.isEmpty()) {
            recountTotals();
        }
        Path file = Files.createTempFile("benchmark-un-wide-", ".csv");
        writeWideFile(file);
        System.gc();
        long heapBefore = heapUsed();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))
                    .newPage();
            page.setDefaultTimeout(600_000);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("User name").fill("admin");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(ADMIN_PASSWORD);
            page.locator("vaadin-button:has-text('Sign in')").first().click();
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate("http://localhost:" + port + "/admin/import");
            page.locator("vaadin-upload").waitFor();

            long began = System.nanoTime();
            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            page.getByText(file.getFileName() + ": 100,000 rows").waitFor();
            long uploaded = System.nanoTime();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Check the file"))
                    .click();
            page.getByText("100,000 rows read;").waitFor();
            long checked = System.nanoTime();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import "))
                    .click();
            page.getByText("Imported: ")
                    .first()
                    .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                            .setState(WaitForSelectorState.VISIBLE));
            long imported = System.nanoTime();
            long peak = heapPools.stream()
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            String perPool = heapPools.stream()
                    .map(pool -> pool.getName() + " " + pool.getPeakUsage().getUsed() / (1024 * 1024) + " MB")
                    .collect(java.util.stream.Collectors.joining(", "));
            System.gc();
            long heapAfter = heapUsed();
            System.out.println("| upload of " + Files.size(file) / 1024
                    + " KB, 100,000 rows, until the page shows it | " + (uploaded - began) / 1_000_000 + " | (once) |");
            System.out.println("| check the file (dry run) | " + (checked - uploaded) / 1_000_000 + " | (once) |");
            System.out.println(
                    "| import (" + page.getByText("Imported: ").first().textContent() + ") | "
                            + (imported - checked) / 1_000_000 + " | (once) |");
            System.out.println(
                    "| heap before the upload, after a collection | " + heapBefore / (1024 * 1024) + " MB | |");
            System.out.println("| heap's peak from upload to imported (sum of the pools' peaks: " + perPool + ") | "
                    + peak / (1024 * 1024) + " MB | |");
            System.out.println(
                    "| heap after the import, after a collection | " + heapAfter / (1024 * 1024) + " MB | |");
            browser.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void writeWideFile(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("Contributor ISO-3,Contributor,Mission Acronym,Last Reporting Date,"
                + "Individual Police Male,Individual Police Female,Individual Police Total,"
                + "Formed Police Units Male,Formed Police Units Female,Formed Police Units Total,"
                + "Troops Male,Troops Female,Troops Total\n");
        String[][] countries = {
            {"CIV", "Cote d Ivoire"},
            {"TZA", "Tanzania, United Republic of"},
            {"MDA", "Moldova, Republic of"},
            {"MKD", "Macedonia"},
            {"CHN", "China"},
            {"RWA", "Rwanda"},
            {"NPL", "Nepal"},
            {"GHA", "Ghana"},
            {"SEN", "Senegal"},
            {"KOR", "Korea, Republic of"}
        };
        Random random = new Random(5);
        for (int row = 0; row < UPLOAD_ROWS; row++) {
            String[] country = countries[row % countries.length];
            int mission = row / countries.length % 100;
            int month = row / countries.length / 100;
            int police = random.nextInt(30);
            int units = random.nextInt(4) == 0 ? 140 : 0;
            int troops = random.nextInt(3) == 0 ? random.nextInt(900) : 0;
            csv.append(country[0])
                    .append(",\"")
                    .append(country[1])
                    .append("\",BENCHU")
                    .append(mission)
                    .append(',')
                    .append(LocalDate.of(2030, 1, 31).plusMonths(month))
                    .append(',')
                    .append(police - police / 4)
                    .append(',')
                    .append(police / 4)
                    .append(',')
                    .append(police)
                    .append(',')
                    .append(Math.max(units - 10, 0))
                    .append(',')
                    .append(units == 0 ? 0 : 10)
                    .append(',')
                    .append(units)
                    .append(',')
                    .append(troops)
                    .append(",0,")
                    .append(troops)
                    .append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
