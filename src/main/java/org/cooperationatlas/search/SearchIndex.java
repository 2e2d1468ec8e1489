package org.cooperationatlas.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.RecordChanged;
import org.cooperationatlas.record.RecordFootprint;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the tables the filters read in step with the records, in the writing transaction: each record's words
 * (the text filter), its lead and partner countries with its first day (the country filter and a country's
 * latest records) and its regions (the region filter). A deleted record's rows go with it (on delete cascade).
 */
@Component
class SearchIndex {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final CountryService countries;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batches, CountryService countries) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.countries = countries;
    }

    @EventListener
    void on(RecordChanged change) {
        RecordFootprint before = change.before();
        RecordFootprint after = change.after();
        if (after == null) {
            return;
        }
        long id = after.id();
        moveRows(IndexTable.WORDS, id, before == null ? Set.of() : before.words(), after.words());
        moveRows(IndexTable.REGIONS, id, before == null ? Set.of() : regionsOf(before), regionsOf(after));
        moveRows(IndexTable.COUNTRIES, id, before == null ? Set.of() : leadAndPartners(before), leadAndPartners(after));
        // A record's countries carry its first day (their index orders a country's records by it): it may have moved.
        jdbc.sql("""
                        update record_country set period_from = (select period_from from cooperation_record where id = :id)
                        where record_id = :id and period_from <> (select period_from from cooperation_record where id = :id)
                        """).param("id", id).update();
    }

    /** The record's rows in a table of record id and value: the values it lost removed, those it gained added. */
    private void moveRows(IndexTable table, long id, Set<String> was, Set<String> now) {
        batches.batchUpdate(table.deleteSql, rows(id, was, now));
        batches.batchUpdate(table.insertSql, rows(id, now, was));
    }

    /** One batch row of the record's id and each value of {@code values} that {@code other} lacks. */
    private static SqlParameterSource[] rows(long id, Set<String> values, Set<String> other) {
        return values.stream()
                .filter(value -> !other.contains(value))
                .map(value -> new MapSqlParameterSource("id", id).addValue("value", value))
                .toArray(SqlParameterSource[]::new);
    }

    /** The regions of the lead and partner countries, each once. */
    private Set<String> regionsOf(RecordFootprint footprint) {
        Set<String> regions = new LinkedHashSet<>();
        countries.byCodes(leadAndPartners(footprint)).values().stream()
                .map(Country::getRegion)
                .filter(Objects::nonNull)
                .forEach(regions::add);
        return regions;
    }

    private static Set<String> leadAndPartners(RecordFootprint footprint) {
        Set<String> codes = new HashSet<>(footprint.partners());
        codes.add(footprint.lead());
        return codes;
    }

    /** The tables of record id and value; a row of the countries' table copies the record's first day. */
    private enum IndexTable {
        WORDS(
                "delete from record_word where record_id = :id and word = :value",
                "insert into record_word (record_id, word) values (:id, :value)"),
        REGIONS(
                "delete from record_region where record_id = :id and region = :value",
                "insert into record_region (record_id, region) values (:id, :value)"),
        COUNTRIES(
                "delete from record_country where record_id = :id and iso2 = :value",
                "insert into record_country (record_id, iso2, period_from)"
                        + " select id, :value, period_from from cooperation_record where id = :id");

        private final String deleteSql;
        private final String insertSql;

        IndexTable(String deleteSql, String insertSql) {
            this.deleteSql = deleteSql;
            this.insertSql = insertSql;
        }
    }
}
