package org.cooperationatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.measure.TestMeasures;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.admin.initial-password=journey-admin-password")
class ApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestMeasures testMeasures;

    @Autowired
    TestRecords testRecords;

    @Autowired
    RecordService records;

    private JsonNode json(String path) {
        ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path).isTrue();
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
        return response.getBody();
    }

    @Test
    void records_take_the_filters_of_the_records_view() {
        JsonNode italy = json("/api/records?country=IT&kind=JOINT_PATROL&from=2016");
        assertThat(italy.at("/items").findValuesAsText("title"))
                .containsExactlyInAnyOrder(
                        "China–Italy joint police patrols in Rome and Milan",
                        "Italian police officers join patrols at the Badaling section of the Great Wall");
        assertThat(italy.at("/next").isNull()).isTrue();
        JsonNode telecom = json("/api/records?q=telecom").at("/items/0");
        assertThat(telecom.at("/headline/qualifier").asText()).isEqualTo("NEARLY");
        assertThat(telecom.at("/headline/value").decimalValue()).isEqualByComparingTo("5000");
    }

    @Test
    void pages_follow_one_another_without_overlap_until_next_is_null() {
        List<String> titles = new ArrayList<>();
        String path = "/api/records?size=4&sort=title";
        int pages = 0;
        while (path != null && pages++ < 20) {
            JsonNode page = json(path);
            titles.addAll(page.at("/items").findValuesAsText("title"));
            path = page.at("/next").isNull() ? null : page.at("/next").asText();
        }
        assertThat(titles)
                .doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(10)
                .isSorted();
    }

    @Test
    void the_cursor_of_each_next_address_gives_the_pages_a_page_number_gives_in_every_order() {
        for (String order : List.of(
                "sort=title", "sort=kind&dir=desc", "sort=periodFrom", "sort=leadCountry&dir=desc", "country=CN")) {
            List<String> byCursor = new ArrayList<>();
            List<String> byNumber = new ArrayList<>();
            String path = "/api/records?size=3&" + order;
            for (int page = 0; page < 30 && path != null; page++) {
                JsonNode followed = json(path);
                assertThat(followed.at("/page").asInt()).isEqualTo(page);
                byCursor.addAll(followed.at("/items").findValuesAsText("title"));
                byNumber.addAll(json("/api/records?size=3&page=" + page + "&" + order)
                        .at("/items")
                        .findValuesAsText("title"));
                path = followed.at("/next").isNull()
                        ? null
                        : followed.at("/next").asText();
                if (path != null) {
                    assertThat(path).contains("after=").contains(order);
                }
            }
            assertThat(byCursor).as(order).hasSizeGreaterThan(3).isEqualTo(byNumber);
        }
    }

    @Test
    void figures_follow_one_another_by_their_cursor() {
        List<String> quotes = new ArrayList<>();
        String path = "/api/figures?size=2";
        while (path != null && quotes.size() < 200) {
            JsonNode page = json(path);
            page.at("/items").forEach(figure -> quotes.add(figure.at("/id").asText()));
            path = page.at("/next").isNull() ? null : page.at("/next").asText();
        }
        assertThat(quotes)
                .hasSizeGreaterThan(4)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.comparingLong(Long::parseLong));
        assertThat(json("/api/figures?size=1000").at("/items").size()).isEqualTo(quotes.size());
    }

    @Test
    void a_page_number_past_the_first_ten_thousand_rows_or_a_broken_cursor_is_refused_with_the_reason() {
        ResponseEntity<JsonNode> deep = http.getForEntity("/api/records?page=200&size=50", JsonNode.class);
        assertThat(deep.getStatusCode().value()).isEqualTo(400);
        assertThat(deep.getBody().at("/detail").asText()).contains("10000").contains("after");
        assertThat(http.getForEntity("/api/figures?page=10&size=1000", JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(http.getForEntity("/api/records?page=199&size=50", JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        ResponseEntity<JsonNode> broken = http.getForEntity("/api/records?after=not-a-cursor", JsonNode.class);
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        assertThat(broken.getBody().at("/detail").asText()).contains("not-a-cursor");
        assertThat(http.getForEntity("/api/figures?after=x", JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void csv_comes_with_format_csv_or_the_accept_header_and_neutralises_nothing_it_need_not() {
        ResponseEntity<byte[]> csv = http.getForEntity("/api/records?country=IT&format=csv", byte[].class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst("Export-Date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(csv.getHeaders().getContentDisposition().getFilename())
                .startsWith("records-")
                .endsWith(".csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).contains("China–Italy joint police patrols in Rome and Milan,JOINT_PATROL");

        HttpHeaders accept = new HttpHeaders();
        accept.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<byte[]> countries =
                http.exchange("/api/countries", HttpMethod.GET, new HttpEntity<>(accept), byte[].class);
        assertThat(new String(countries.getBody(), StandardCharsets.UTF_8))
                .contains("IT,ITA,380,Italy,Europe,Southern Europe,2,0,2,1");
    }

    @Test
    void csv_is_a_plain_table_of_the_rows_the_json_holds_with_the_next_page_in_a_link_header() throws Exception {
        String path = "/api/records?size=3&sort=title";
        JsonNode json = json(path);
        ResponseEntity<byte[]> csv = http.getForEntity(path + "&format=csv", byte[].class);

        // Header first, nothing before it (a byte-order mark aside, which spreadsheet programs and pandas read).
        String text = new String(csv.getBody(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        assertThat(text).startsWith("id,title,kind,crimeArea,periodFrom,periodTo,lead,partners,headline\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows)
                .extracting(row -> row.get("id"))
                .isEqualTo(json.at("/items").findValuesAsText("id"));
        assertThat(rows)
                .extracting(row -> row.get("title"))
                .isEqualTo(json.at("/items").findValuesAsText("title"));

        // The CSV's next page is the JSON's next page, as CSV.
        String next = json.at("/next").asText();
        String link = csv.getHeaders().getFirst(HttpHeaders.LINK);
        assertThat(link).startsWith("</api/records?").contains("format=csv").endsWith(">; rel=\"next\"");
        String nextCsv = new String(
                        http.getForEntity(link.substring(1, link.indexOf('>')), byte[].class)
                                .getBody(),
                        StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", "");
        assertThat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(nextCsv))
                        .getRecords())
                .extracting(row -> row.get("id"))
                .isEqualTo(json(next).at("/items").findValuesAsText("id"));
        assertThat(http.getForEntity(path, String.class).getHeaders().getFirst(HttpHeaders.LINK))
                .isEqualTo("<" + next + ">; rel=\"next\"");
        assertThat(http.getForEntity("/api/records?q=zanzibarian", String.class)
                        .getHeaders()
                        .get(HttpHeaders.LINK))
                .isNull();
    }

    @Test
    void missions_come_with_their_names_places_dates_and_predecessors() {
        JsonNode missions = json("/api/missions?size=1000").at("/items");
        JsonNode monusco = null;
        for (JsonNode mission : missions) {
            if (mission.at("/acronym").asText().equals("MONUSCO")) {
                monusco = mission;
            }
        }
        assertThat(missions.size()).isGreaterThanOrEqualTo(70);
        assertThat(monusco).isNotNull();
        assertThat(monusco.at("/nameZh").asText()).isEqualTo("联合国刚果民主共和国稳定特派团");
        assertThat(monusco.at("/hosts/0").asText()).isEqualTo("CD");
        assertThat(monusco.at("/startedOn").asText()).isEqualTo("2010-07-01");
        assertThat(monusco.at("/predecessor").asText()).isEqualTo("MONUC");
        assertThat(json("/api/contributions?mission=unavem-3").at("/items").isArray())
                .isTrue();
    }

    @Test
    void a_client_that_accepts_anything_gets_json() throws Exception {
        HttpHeaders anything = new HttpHeaders();
        anything.set(HttpHeaders.ACCEPT, "*/*");
        ResponseEntity<String> answer =
                http.exchange("/api/records?size=2", HttpMethod.GET, new HttpEntity<>(anything), String.class);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
        HttpHeaders browser = new HttpHeaders();
        browser.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(http.exchange("/api/countries", HttpMethod.GET, new HttpEntity<>(browser), String.class)
                        .getHeaders()
                        .getContentType()
                        .toString())
                .startsWith("application/json");
    }

    @Test
    void a_refusal_asked_for_as_csv_is_still_a_problem() {
        ResponseEntity<String> refused = http.getForEntity("/api/records?kind=NOPE&format=csv", String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody()).contains("`kind`");
    }

    @Test
    void a_record_comes_whole_and_figures_missions_and_contributions_are_listed() {
        long id = json("/api/records?q=Sky+Net").at("/items/0/id").asLong();
        JsonNode skyNet = json("/api/records/" + id);
        assertThat(skyNet.at("/figures").findValuesAsText("metric")).contains("FUGITIVES_CAPTURED", "FUGITIVES_FLED");
        assertThat(skyNet.at("/sources/0/publisher").asText()).isEqualTo("Xinhua");
        assertThat(json("/api/figures?metric=FUGITIVES_FLED").at("/items").size())
                .isEqualTo(3);
        assertThat(json("/api/missions").at("/items").isArray()).isTrue();
        assertThat(json("/api/contributions?country=IT").at("/items").size()).isZero();
        assertThat(http.getForEntity("/api/records/987654", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void every_unknown_or_out_of_bounds_parameter_is_refused_with_a_problem_naming_it() {
        assertThat(http.getForEntity("/api/records?sort=", JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertRefused("/api/records?sort=summary", "`sort`", "periodFrom");
        assertRefused("/api/records?sort=title&dir=up", "`dir`", "asc, desc");
        assertRefused("/api/records?kind=JOINT_PATRL", "`kind`", "JOINT_PATROL");
        assertRefused("/api/records?area=NOPE", "`area`", "DRUGS");
        assertRefused("/api/records?metric=NOPE", "`metric`", "/api/metrics", "NOPE");
        assertRefused("/api/records?metric=no+such+thing!", "`metric`");
        assertRefused("/api/records?region=Atlantis", "`region`", "Africa");
        assertRefused("/api/records?country=XX", "`country`", "XX");
        assertRefused("/api/records?from=1700", "`from`", "1800");
        assertRefused("/api/records?to=21000", "`to`", "2100");
        assertRefused("/api/records?q=w1+w2+w3+w4+w5+w6+w7+w8+w9+w10+w11", "`q`", "10 words");
        assertRefused("/api/records?q=" + "x".repeat(201), "`q`", "200 characters");
        assertRefused("/api/figures?metric=NOPE", "`metric`", "/api/metrics", "NOPE");
        assertRefused("/api/contributions?page=2147483647&size=1000", "10000", "after");
        assertRefused("/api/contributions?mission=NOPE", "`mission`", "NOPE");
        assertRefused("/api/contributions?from=0", "`from`", "1800");
        assertRefused("/api/contributions?after=broken", "cursor", "broken");

        assertThat(json("/api/records?kind=joint_patrol&region=europe")
                        .at("/items")
                        .size())
                .isPositive();
    }

    @Test
    void the_metrics_and_units_say_what_the_codes_of_the_figures_mean_and_an_added_one_is_listed_with_its_figures() {
        testMeasures.addPatrolBoats();
        var authorities = Role.EDITOR.authorities();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new User("edith", "", authorities), null, authorities));
        try {
            CooperationRecord record = testRecords.unsaved("Lagoon patrol by boat");
            record.addFigure(new Figure(
                    TestMeasures.PATROL_BOATS_DEPLOYED,
                    new BigDecimal("7"),
                    Qualifier.MORE_THAN,
                    TestMeasures.PATROL_BOATS,
                    record.getFigures().get(0).getSource()));
            records.save(record);
        } finally {
            SecurityContextHolder.clearContext();
        }

        JsonNode metrics = json("/api/metrics").at("/items");
        assertThat(metrics.findValuesAsText("code")).contains("CASES_SOLVED", "CHANGE", "PATROL_BOATS_DEPLOYED");
        for (JsonNode metric : metrics) {
            if (metric.at("/code").asText().equals("CHANGE")) {
                assertThat(metric.at("/summable").asBoolean()).isFalse();
                assertThat(metric.at("/nameZh").asText()).isEqualTo("与此前相比的变化");
            }
        }
        JsonNode units = json("/api/units").at("/items");
        assertThat(units.findValuesAsText("code")).contains("VESSELS", "KILOGRAMS", "PERCENT", "PATROL_BOATS");
        for (JsonNode unit : units) {
            if (unit.at("/code").asText().equals("PERCENT")) {
                assertThat(unit.at("/kind").asText()).isEqualTo("PERCENTAGE");
            }
        }

        JsonNode boats = json("/api/figures?metric=PATROL_BOATS_DEPLOYED").at("/items");
        assertThat(boats).hasSize(1);
        assertThat(boats.at("/0/unit").asText()).isEqualTo("PATROL_BOATS");
        assertThat(boats.at("/0/qualifier").asText()).isEqualTo("MORE_THAN");
        assertThat(boats.at("/0/value").decimalValue()).isEqualByComparingTo("7");
        assertThat(new String(http.getForObject("/api/units?format=csv", byte[].class), StandardCharsets.UTF_8))
                .contains("PATROL_BOATS,Patrol boats,巡逻艇,COUNT");
    }

    private void assertRefused(String path, String... saying) {
        ResponseEntity<JsonNode> refused = http.getForEntity(path, JsonNode.class);
        assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).as(path).startsWith("application/problem+json");
        assertThat(refused.getBody().at("/detail").asText()).as(path).contains(saying);
    }
}
