package org.cooperationatlas.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records from public reports that come with the atlas are exactly the list they were made from
 * ({@code src/test/resources/records/}): each with its source (publisher, title, date, address), kind, lead,
 * partners and start, and each figure as listed; none more, none invented, and no figure quoting its source.
 */
@SpringBootTest(properties = {"spring.flyway.placeholders.publicRecords=true", "atlas.test.database=public-records"})
class PublicRecordsTest {

    @Autowired
    JdbcTemplate jdbc;

    static List<CSVRecord> list(String name) throws IOException {
        try (var in = PublicRecordsTest.class.getResourceAsStream("/records/" + name)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        }
    }

    @Test
    void the_shipped_records_are_many_sources_many_publishers_and_many_leads() throws IOException {
        List<CSVRecord> records = list("public-records.csv");
        assertThat(records).hasSizeGreaterThanOrEqualTo(150);
        assertThat(records.stream().map(r -> r.get("url")).distinct()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(records.stream().map(r -> r.get("publisher")).distinct()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(records.stream().map(r -> r.get("lead")).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(records.stream().map(r -> r.get("start").substring(0, 4)))
                .allSatisfy(year -> assertThat(Integer.parseInt(year)).isBetween(1980, 2025));
        assertThat(records.stream().filter(r -> Integer.parseInt(r.get("start").substring(0, 4)) >= 2000))
                .hasSizeGreaterThanOrEqualTo(140);
    }

    @Test
    void counts_by_lead_kind_and_year_are_those_of_the_list() throws IOException {
        List<CSVRecord> records = list("public-records.csv");
        String shipped = "from cooperation_record r join record_source rs on rs.record_id = r.id"
                + " join source s on s.id = rs.source_id where s.url is not null";
        for (String[] grouping : new String[][] {
            {"lead", "r.lead_country"}, {"kind", "r.kind"}, {"start", "cast(extract(year from r.start_date) as int)"}
        }) {
            Map<String, Long> listed = records.stream()
                    .collect(Collectors.groupingBy(
                            r -> grouping[0].equals("start") ? r.get("start").substring(0, 4) : r.get(grouping[0]),
                            Collectors.counting()));
            Map<String, Long> stored = jdbc
                    .query(
                            "select " + grouping[1] + " as g, count(*) as n " + shipped + " group by " + grouping[1],
                            (row, n) -> Map.entry(String.valueOf(row.getObject("g")), row.getLong("n")))
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(stored).as(grouping[0]).isEqualTo(listed);
        }
    }

    @Test
    void every_record_cites_its_source_and_holds_exactly_the_figures_listed() throws IOException {
        List<CSVRecord> records = list("public-records.csv");
        Map<String, List<CSVRecord>> figures =
                list("public-figures.csv").stream().collect(Collectors.groupingBy(f -> f.get("record")));
        for (CSVRecord record : records) {
            Map<String, Object> stored = jdbc.queryForMap(
                    "select r.id, r.kind, r.crime_area, r.lead_country, r.start_date, s.publisher, s.title,"
                            + " s.published_on, s.url from cooperation_record r"
                            + " join record_source rs on rs.record_id = r.id join source s on s.id = rs.source_id"
                            + " where r.title = ?",
                    record.get("title"));
            assertThat(stored.get("kind")).as(record.get("title")).isEqualTo(record.get("kind"));
            assertThat(stored.get("lead_country")).isEqualTo(record.get("lead"));
            assertThat(String.valueOf(stored.get("start_date"))).isEqualTo(record.get("start"));
            assertThat(stored.get("publisher")).isEqualTo(record.get("publisher"));
            assertThat(stored.get("title")).isEqualTo(record.get("source_title"));
            assertThat(String.valueOf(stored.get("published_on"))).isEqualTo(record.get("published"));
            assertThat(stored.get("url")).isEqualTo(record.get("url"));
            long id = ((Number) stored.get("id")).longValue();
            assertThat(jdbc.queryForList(
                            "select country_iso2 from record_partner where record_id = ? order by country_iso2",
                            String.class,
                            id))
                    .containsExactlyElementsOf(
                            record.get("partners").isEmpty()
                                    ? List.of()
                                    : java.util.Arrays.stream(
                                                    record.get("partners").split(";"))
                                            .sorted()
                                            .toList());
            List<String> storedFigures = jdbc.query(
                    "select position, metric, amount, qualifier, unit, period_from, period_to, quote from figure"
                            + " where record_id = ? order by position",
                    (row, n) -> {
                        assertThat(row.getString("quote")).isNull();
                        return row.getInt("position") + " " + row.getString("metric") + " "
                                + row.getBigDecimal("amount")
                                        .stripTrailingZeros()
                                        .toPlainString() + " "
                                + row.getString("qualifier") + " " + row.getString("unit") + " "
                                + text(row.getObject("period_from")) + " " + text(row.getObject("period_to"));
                    },
                    id);
            assertThat(storedFigures)
                    .as(record.get("title"))
                    .containsExactlyElementsOf(figures.getOrDefault(record.get("title"), List.of()).stream()
                            .map(f -> f.get("position") + " " + f.get("metric") + " "
                                    + new BigDecimal(f.get("value"))
                                            .stripTrailingZeros()
                                            .toPlainString() + " "
                                    + f.get("qualifier") + " " + f.get("unit") + " " + f.get("period_from") + " "
                                    + f.get("period_to"))
                            .toList());
        }
        // None beyond the list: the seed's records and the listed ones are all the atlas holds.
        assertThat(jdbc.queryForObject("select count(*) from cooperation_record", Long.class))
                .isEqualTo(records.size() + 10L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from figure f join source s on s.id = f.source_id where s.url is not null",
                        Long.class))
                .isEqualTo((long) list("public-figures.csv").size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from cooperation_record_aud a join revinfo v on v.rev = a.rev"
                                + " where v.username = 'system'",
                        Long.class))
                .isEqualTo(records.size() + 10L);
    }

    private static String text(Object day) {
        return day == null ? "" : day.toString();
    }
}
