package org.cooperationatlas.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.importing.report.ReportChoices;
import org.cooperationatlas.importing.report.ReportFile;
import org.cooperationatlas.importing.report.ReportImportService;
import org.cooperationatlas.peacekeeping.MonthRange;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The UN's reports: reading each report of the shared folder (per report and the whole folder, as the import
 * checks it), and, with every month of the shipped statistics loaded, the overview's personnel, the flows of a
 * month and of every month, the countries map's measure and China's missions, computed afresh, and the first
 * response of their pages. Run with {@code ./mvnw -Pbenchmark test -Dtest=UnReportsBenchmarkTest}.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.statistics.bundled=true", "atlas.test.database=un-reports-benchmark"})
class UnReportsBenchmarkTest {

    private static final int RUNS = 9;

    @Autowired
    ReportImportService reports;

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    PeacekeepingFlows flows;

    @Autowired
    AggregateCache aggregates;

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", "", List.of(new SimpleGrantedAuthority(Role.ADMIN_AUTHORITY))));
        List<Path> files;
        try (Stream<Path> folder = Files.list(Path.of("../shared/un-reports"))) {
            files = folder.filter(file -> file.toString().endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        long[] perReport = new long[files.size()];
        List<ReportFile> read = new ArrayList<>();
        long folderStart = System.nanoTime();
        for (int index = 0; index < files.size(); index++) {
            Path copy = Files.createTempFile("benchmark-report-", ".pdf");
            Files.copy(files.get(index), copy, StandardCopyOption.REPLACE_EXISTING);
            long start = System.nanoTime();
            read.addAll(reports.read(files.get(index).getFileName().toString(), copy));
            perReport[index] = (System.nanoTime() - start) / 1_000_000;
        }
        long readMillis = (System.nanoTime() - folderStart) / 1_000_000;
        long checkStart = System.nanoTime();
        reports.check(read, ReportChoices.NONE);
        long checkMillis = (System.nanoTime() - checkStart) / 1_000_000;
        long[] sorted = perReport.clone();
        Arrays.sort(sorted);
        System.out.println("| reading one report (median over " + files.size() + ") | " + sorted[sorted.length / 2]
                + " ms | slowest " + sorted[sorted.length - 1] + " ms |");
        System.out.println("| reading the whole folder | " + readMillis + " ms |");
        System.out.println("| checking the whole folder against the atlas (dry run) | " + checkMillis + " ms |");

        while (peacekeeping.monthsHeld().size() < 113
                || peacekeeping.statisticsLoading().isPresent()) {
            Thread.sleep(100);
        }
        List<YearMonth> months = peacekeeping.monthsHeld();
        MonthRange all = new MonthRange(months.get(0), months.get(months.size() - 1));
        YearMonth latest = months.get(months.size() - 1);
        time("overview: personnel over time, all months", () -> peacekeeping.monthlyPersonnel(null, null, null, null));
        time("flows: the latest month", () -> flows.flows(MonthRange.of(latest), PersonnelGroup.POLICE));
        time("flows: every month (2015 – 2025)", () -> flows.flows(all, PersonnelGroup.ALL));
        time("countries map: police contributed, a month", () -> flows.contributedIn(latest, PersonnelGroup.POLICE));
        time("countries map: personnel hosted, a month", () -> flows.hostedIn(latest, PersonnelGroup.ALL));
        time("China's page: where its police serve", () -> flows.servedAbroad("CN", PersonnelGroup.POLICE));
        time("China's page: personnel over time", () -> peacekeeping.monthlyPersonnel("CN"));
        for (String page : List.of("/", "/flows", "/countries?measure=police_contributed", "/countries/CN")) {
            page(page);
        }
    }

    private void time(String name, Supplier<?> work) {
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS + 2; run++) {
            aggregates.changed();
            long start = System.nanoTime();
            work.get();
            if (run >= 2) {
                millis[run - 2] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        System.out.println("| " + name + " | p50 " + millis[RUNS / 2] + " ms | p95 " + millis[RUNS - 1] + " ms |");
    }

    private void page(String path) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS + 2; run++) {
            aggregates.changed();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (run >= 2) {
                millis[run - 2] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        System.out.println("| page " + path + " (first response, aggregates afresh) | p50 " + millis[RUNS / 2]
                + " ms | p95 " + millis[RUNS - 1] + " ms |");
    }
}
