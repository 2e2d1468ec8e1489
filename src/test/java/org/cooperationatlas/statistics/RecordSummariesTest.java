package org.cooperationatlas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.importing.ColumnMapping;
import org.cooperationatlas.importing.ImportKind;
import org.cooperationatlas.importing.ImportProgress;
import org.cooperationatlas.importing.ImportService;
import org.cooperationatlas.importing.Layout;
import org.cooperationatlas.importing.MappingSuggestions;
import org.cooperationatlas.importing.TestCsv;
import org.cooperationatlas.importing.UploadedCsv;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordHistory;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.RecordStatus;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.search.SearchRebuild;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The summary tables that the overview reads, the word index and the records' regions and countries stay equal to a count made
 * afresh from the records, whatever is created, edited, restored or deleted.
 */
@SpringBootTest(properties = "atlas.test.database=summaries")
@WithMockUser(username = "edith", roles = "EDITOR")
class RecordSummariesTest {

    @Autowired
    RecordService records;

    @Autowired
    RecordHistory history;

    @Autowired
    RecordStatistics statistics;

    @Autowired
    TestRecords testRecords;

    @Autowired
    CountryService countries;

    @Autowired
    SummaryRebuild rebuild;

    @Autowired
    SearchRebuild searchIndex;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_kind_of_write_keeps_the_summaries_equal_to_a_fresh_count() {
        long before = statistics.countRecords(RecordFilter.NONE);
        assertSummariesMatchAFreshCount();

        CooperationRecord record = testRecords.saved("Patrol to be summed");
        assertSummariesMatchAFreshCount();
        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(before + 1);
        long firstRevision = history.of(record.getId()).get(0).revision();

        record.setKind(RecordKind.JOINT_OPERATION);
        record.setSummary("Officers from Côte d'Ivoire joined the 巡逻队.");
        record.setEndDate(LocalDate.of(2021, 2, 1));
        record.getPartners().add(countries.find("DE").orElseThrow());
        record.getPlaces().clear();
        record.getFigures().get(0).setValue(new BigDecimal("15.00"));
        record.addFigure(yearly(Metric.FUGITIVES_FLED, "7", LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31)));
        record.addFigure(yearly(Metric.FUGITIVES_FLED, "3", LocalDate.of(1955, 1, 1), LocalDate.of(1955, 3, 31)));
        record = records.save(record);
        assertSummariesMatchAFreshCount();

        // The figure that set the earliest day goes: the first day is found again among the figures left.
        record.getFigures().remove(1);
        record = records.save(record);
        assertSummariesMatchAFreshCount();
        assertThat(statistics.figureTotals(
                        RecordFilter.NONE.withKind(RecordKind.JOINT_OPERATION), List.of(Metric.FUGITIVES_FLED)))
                .singleElement()
                .satisfies(total -> assertThat(total.from()).isEqualTo(LocalDate.of(1955, 1, 1)));

        record.setStatus(RecordStatus.ONGOING);
        record.setEndDate(null);
        records.save(record);
        assertSummariesMatchAFreshCount();

        history.restore(
                record.getId(),
                firstRevision,
                records.get(record.getId()).orElseThrow().getVersion());
        assertSummariesMatchAFreshCount();

        CooperationRecord latest = records.get(record.getId()).orElseThrow();
        records.delete(latest.getId(), latest.getVersion());
        assertSummariesMatchAFreshCount();
        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(before);

        history.undelete(latest.getId());
        assertSummariesMatchAFreshCount();
        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(
            username = "ada",
            roles = {"ADMIN", "EDITOR", "VIEWER"})
    void an_import_keeps_the_summaries_equal_to_a_fresh_count() throws Exception {
        UploadedCsv file = TestCsv.open("""
                Title,Kind,Crime area,Lead country,Partners,Start,End,Publisher,Source title,Published,Metric,Value,Unit
                Summed import 2037,Joint patrol,Drugs,China,Italy;Croatia,2037-05,2037-06,Example News,Summed,2037-07-01,Officers deployed,8,People
                Summed import 2038,Joint operation,Drugs,Laos,Thailand,2038,,Example News,Summed,2038-07-01,Suspects arrested,12,People
                """);
        ColumnMapping mapping = MappingSuggestions.suggest(ImportKind.RECORDS, Layout.LONG, file.headers());
        long before = statistics.countRecords(RecordFilter.NONE);

        imports.commit(file, imports.dryRun(file, mapping), ImportProgress.NONE);
        assertSummariesMatchAFreshCount();
        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(before + 2);

        UploadedCsv changed = TestCsv.open("""
                Title,Kind,Crime area,Lead country,Partners,Start,End,Publisher,Source title,Published,Metric,Value,Unit
                Summed import 2037,Joint patrol,Cybercrime,China,Vietnam,2037-05,2037-08,Example News,Summed,2037-07-01,Officers deployed,9,People
                """);
        imports.commit(changed, imports.dryRun(changed, mapping), ImportProgress.NONE);
        assertSummariesMatchAFreshCount();
        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(before + 2);
    }

    @Test
    void a_record_saved_without_its_stored_footprint_is_read_back_from_the_database() {
        CooperationRecord record = testRecords.saved("Patrol saved from elsewhere");
        testRecords.forgetStoredFootprint(record);
        record.setCrimeArea(CrimeArea.PEACEKEEPING);
        record.getPartners().clear();
        records.save(record);
        assertSummariesMatchAFreshCount();
    }

    @Test
    void the_overview_reads_the_changed_figures_at_once() {
        CooperationRecord record = testRecords.unsaved("Patrol with fugitives");
        record.addFigure(yearly(Metric.FUGITIVES_FLED, "40", LocalDate.of(1960, 1, 1), LocalDate.of(1960, 6, 30)));
        records.save(record);

        assertThat(statistics.yearlyTotals(RecordFilter.NONE, Metric.FUGITIVES_FLED))
                .anySatisfy(total -> {
                    assertThat(total.year()).isEqualTo(1960);
                    assertThat(total.total()).isEqualByComparingTo("40");
                });
        assertThat(statistics.figureTotals(
                        RecordFilter.NONE.withKind(RecordKind.JOINT_PATROL), List.of(Metric.FUGITIVES_FLED)))
                .singleElement()
                .satisfies(total -> assertThat(total.from()).isEqualTo(LocalDate.of(1960, 1, 1)));
        assertThat(statistics.involvementByCountry().get("ES").asPlace()).isPositive();
    }

    private Figure yearly(Metric metric, String amount, LocalDate from, LocalDate to) {
        Figure figure = new Figure(
                metric, new BigDecimal(amount), Qualifier.EXACT, Unit.PEOPLE, testRecords.source("Figures of " + from));
        figure.setPeriodFrom(from);
        figure.setPeriodTo(to);
        return figure;
    }

    private void assertSummariesMatchAFreshCount() {
        Map<String, List<String>> kept = summaries();
        rebuild.rebuild();
        searchIndex.rebuild();
        assertThat(kept).isEqualTo(summaries());
    }

    /** Every summary row with something in it, as text, in a stable order; rows counted down to zero are left. */
    private Map<String, List<String>> summaries() {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>(List.of("record_word", "record_region", "record_country"));
        for (SummaryTable table : SummaryTable.values()) {
            names.add(table.tableName());
        }
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                boolean empty = row.entrySet().stream()
                        .filter(column -> column.getKey().equalsIgnoreCase("records")
                                || column.getKey().equalsIgnoreCase("figures"))
                        .allMatch(column -> ((Number) column.getValue()).longValue() == 0);
                if (!empty) {
                    rows.add(new TreeMap<>(row)
                            .entrySet().stream()
                                    .map(column -> column.getKey().toLowerCase() + "=" + normal(column.getValue()))
                                    .collect(Collectors.joining(" ")));
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    private static String normal(Object value) {
        return value instanceof BigDecimal decimal
                ? decimal.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
