package org.cooperationatlas.record;

import org.cooperationatlas.base.domain.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the summary tables: the overview's aggregates for no filter, or a kind and crime area, from a few
 * thousand rows at any number of records. Rows come back in the shape of the queries over the records that
 * {@link RecordStatistics} runs for other filters, so that both feed the same code.
 */
@Component
class SummaryCounts {

    private final JdbcTemplate jdbc;

    SummaryCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the summaries answer for this filter: it sets at most a kind and a crime area. */
    static boolean answer(RecordFilter filter) {
        return filter.text() == null && filter.country() == null && filter.region() == null
                && filter.metric() == null && filter.fromYear() == null && filter.toYear() == null;
    }

    /** Whether the summaries of records by their years answer: a kind, a crime area and years at most. */
    static boolean answerWithYears(RecordFilter filter) {
        return answer(filter.withYears(null, null));
    }

    long countRecords(RecordFilter filter) {
        Conditions where = Conditions.of(filter).years(filter);
        Number count = jdbc.queryForObject("select coalesce(sum(records), 0) from summary_span" + where.sql(),
                Number.class, where.arguments());
        return count.longValue();
    }

    /** Rows of first year, last year (null while ongoing), kind and number of records. */
    List<Object[]> spans(RecordFilter filter) {
        Conditions where = Conditions.of(filter).years(filter);
        return jdbc.query("select first_year, last_year, kind, sum(records) from summary_span" + where.sql()
                        + " group by first_year, last_year, kind having sum(records) > 0",
                (rs, row) -> new Object[] {rs.getInt(1),
                        rs.getInt(2) == RecordFootprint.ONGOING ? null : rs.getInt(2),
                        RecordKind.valueOf(rs.getString(3)), rs.getLong(4)},
                where.arguments());
    }

    long countCountriesInvolved(RecordFilter filter) {
        Conditions where = Conditions.of(filter);
        Number count = jdbc.queryForObject("select count(*) from (select iso2 from summary_country" + where.sql()
                + " group by iso2 having sum(records) > 0) involved", Number.class, where.arguments());
        return count.longValue();
    }

    /** Records per region for a filter without one: the caller keeps the filter's region only. */
    Map<String, Long> recordsByRegion(RecordFilter filter) {
        Conditions where = Conditions.of(filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select region, sum(records) from summary_region" + where.sql()
                        + " group by region having sum(records) > 0",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, where.arguments());
        return counts;
    }

    /** Rows of metric, unit, cumulative, qualifier, sum, number of figures, first and last day. */
    List<Object[]> figureTotals(RecordFilter filter, Collection<Metric> metrics) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        Conditions where = Conditions.of(filter).in("metric", metrics.stream().map(Enum::name).toList());
        return jdbc.query("select metric, unit, cumulative, qualifier, sum(total), sum(figures), min(first_day),"
                        + " max(last_day) from summary_figure" + where.sql()
                        + " group by metric, unit, cumulative, qualifier having sum(figures) > 0",
                (rs, row) -> new Object[] {Metric.valueOf(rs.getString(1)), Unit.valueOf(rs.getString(2)),
                        rs.getBoolean(3), Qualifier.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getLong(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)},
                where.arguments());
    }

    /** Rows of year, unit, qualifier and sum of the metric's yearly figures, by year. */
    List<Object[]> yearlyTotals(RecordFilter filter, Metric metric) {
        Conditions where = Conditions.of(filter).in("metric", List.of(metric.name()));
        return jdbc.query("select year_number, unit, qualifier, sum(total) from summary_figure_year" + where.sql()
                        + " group by year_number, unit, qualifier having sum(figures) > 0 order by year_number",
                (rs, row) -> new Object[] {rs.getInt(1), Unit.valueOf(rs.getString(2)),
                        Qualifier.valueOf(rs.getString(3)), rs.getBigDecimal(4)},
                where.arguments());
    }

    /** Every country that takes part in a record, with its records by role. */
    List<CountryInvolvement> involvement() {
        return jdbc.query("select iso2, sum(as_lead), sum(as_partner), sum(as_place), sum(records)"
                        + " from summary_country group by iso2 having sum(records) > 0",
                (rs, row) -> new CountryInvolvement(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
    }

    /** The where clause of a summary query, with its arguments. */
    private record Conditions(List<String> parts, List<Object> values) {

        static Conditions of(RecordFilter filter) {
            Conditions conditions = new Conditions(new ArrayList<>(), new ArrayList<>());
            if (filter.kind() != null) {
                conditions.add("kind = ?", filter.kind().name());
            }
            if (filter.crimeArea() != null) {
                conditions.add("crime_area = ?", filter.crimeArea().name());
            }
            return conditions;
        }

        /** Spans that overlap the filter's years; an ongoing span's last year is past any. */
        Conditions years(RecordFilter filter) {
            if (filter.fromYear() != null) {
                add("last_year >= ?", filter.fromYear());
            }
            if (filter.toYear() != null) {
                add("first_year <= ?", filter.toYear());
            }
            return this;
        }

        Conditions in(String column, List<String> names) {
            parts.add(column + " in (" + names.stream().map(name -> "?").collect(Collectors.joining(", ")) + ")");
            values.addAll(names);
            return this;
        }

        private void add(String condition, Object value) {
            parts.add(condition);
            values.add(value);
        }

        String sql() {
            return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        Object[] arguments() {
            return values.toArray();
        }
    }
}
