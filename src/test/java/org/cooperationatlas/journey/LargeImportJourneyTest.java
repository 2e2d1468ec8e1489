package org.cooperationatlas.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A real-sized UN file through the browser: a wide file of over 10 MB with a code column and a name column
 * spelled as published files spell it, checked and imported whole, then read back through the API. The limit
 * is lowered to 12 MB here so that a file just over it is cheap to make.
 */
@TestPropertySource(properties = {"atlas.test.database=large-import-journey", "atlas.import.max-file-size=12MB"})
class LargeImportJourneyTest extends BrowserJourney {

    private static final int ROWS = 100_000;
    // The same countries as codes and as the names real files give them, cut-off name included.
    private static final List<String[]> COUNTRIES = List.of(
            new String[] {"CIV", "Cote d Ivoire"},
            new String[] {"MKD", "Macedonia"},
            new String[] {"TZA", "Tanzania, United Republic of"},
            new String[] {"MDA", "Moldova, Republic of"},
            new String[] {"GBR", "United Kingdom of Great Britai"},
            new String[] {"KOR", "Korea, Republic of"},
            new String[] {"COD", "Congo, The Democratic Republic of the"},
            new String[] {"LAO", "Laos"},
            new String[] {"SWZ", "Swaziland"},
            new String[] {"TUR", "Türkiye"},
            new String[] {"CZE", "Czech Republic"},
            new String[] {"IRN", "Iran (Islamic Republic of)"},
            new String[] {"VNM", "Viet Nam"},
            new String[] {"RUS", "Russian Federation"},
            new String[] {"BOL", "Bolivia (Plurinational State of)"},
            new String[] {"CHN", "China"},
            new String[] {"RWA", "Rwanda"},
            new String[] {"NPL", "Nepal"},
            new String[] {"GHA", "Ghana"},
            new String[] {"SEN", "Senegal"});

    @LocalServerPort
    private int port;

    @Test
    void an_administrator_imports_a_ten_megabyte_un_file_whole_and_the_api_gives_back_its_totals() throws Exception {
        Path file = Files.createTempFile("un-wide-", ".csv");
        long fileTotal = writeWideFile(file);
        assertThat(Files.size(file)).isGreaterThan(10L * 1024 * 1024);

        signInAsAdmin();
        open("/admin/import");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.getByText(file.getFileName() + ": 100,000 rows"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(120_000));
        // The upload waits on the disk, not in the heap, while the page works with it.
        assertThat(uploadsWaiting())
                .singleElement()
                .satisfies(waiting -> assertThat(Files.size(waiting)).isEqualTo(Files.size(file)));

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Check the file"))
                .click();
        assertThat(page.getByText("100,000 rows read; 0 with problems"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(180_000));
        assertThat(page.getByText("The file holds " + String.format("%,d", fileTotal) + " people"))
                .isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import "))
                .click();
        assertThat(page.getByText("Imported: ").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(300_000));
        settle();
        assertThat(uploadsWaiting()).isEmpty();

        assertThat(totalThroughTheApi()).isEqualTo(fileTotal);
        Files.delete(file);
    }

    @Test
    void a_file_over_the_limit_is_refused_naming_both_sizes_and_nothing_is_kept() throws Exception {
        Path file = Files.createTempFile("un-too-large-", ".csv");
        byte[] line =
                "CHN,China,UNJRN01,Journey mission,2061-01-31,1,0,1,0,0,0,0,0,0\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            out.write(header().getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 13L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        signInAsAdmin();
        open("/admin/import");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        assertThat(page.getByText("The file is 13.0 MB; the limit is 12.0 MB.")).isVisible();
        assertThat(uploadsWaiting()).isEmpty();
        Files.delete(file);
    }

    private static String header() {
        return "Contributor ISO-3,Contributor,Mission Acronym,Mission Name,Last Reporting Date,"
                + "Individual Police Male,Individual Police Female,Individual Police Total,"
                + "Formed Police Units Male,Formed Police Units Female,Formed Police Units Total,"
                + "Troops Male,Troops Female,Troops Total\n";
    }

    /** Writes distinct country, mission and month rows; returns the people the file holds. */
    private static long writeWideFile(Path file) throws IOException {
        long total = 0;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header());
            for (int row = 0; row < ROWS; row++) {
                String[] country = COUNTRIES.get(row % COUNTRIES.size());
                int mission = row / COUNTRIES.size() % 50;
                int month = row / COUNTRIES.size() / 50;
                int police = row % 17;
                int units = row % 5 == 0 ? 120 + row % 40 : 0;
                total += police + units;
                out.write(String.format(
                        "%s,\"%s\",UNJRN%02d,United Nations Journey Mission number %02d in the field,%d-%02d-28,"
                                + "%d,%d,%d,%d,%d,%d,0,0,0%n",
                        country[0],
                        country[1],
                        mission,
                        mission,
                        2061 + month / 12,
                        1 + month % 12,
                        police - police / 3,
                        police / 3,
                        police,
                        units - units / 10,
                        units / 10,
                        units));
            }
        }
        return total;
    }

    private static List<Path> uploadsWaiting() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("atlas-upload-"))
                    .toList();
        }
    }

    // Follows each page's next address, as a client of the API would.
    private long totalThroughTheApi() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper json = new ObjectMapper();
        String next = "/api/contributions?from=2061&to=2070&size=1000";
        long total = 0;
        while (next != null) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + next))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = json.readTree(response.body());
            for (JsonNode line : page.get("items")) {
                total += line.get("total").asLong();
            }
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }
        return total;
    }
}
