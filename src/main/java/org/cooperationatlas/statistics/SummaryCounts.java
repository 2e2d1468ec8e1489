package org.cooperationatlas.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFootprint;
import org.cooperationatlas.record.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the summary tables: the overview's aggregates for no filter, or a kind and crime area, from a few
 * thousand rows at any number of records. Rows come back as the same records as the queries over the records
 * that {@link RecordStatistics} runs for other filters, so that both feed the same code.
 */
@Component
class SummaryCounts {

    private final JdbcClient jdbc;

    SummaryCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the summaries answer for this filter: it sets at most a kind and a crime area. */
    static boolean answer(RecordFilter filter) {
        return filter.text() == null
                && filter.country() == null
                && filter.region() == null
                && filter.metric() == null
                && filter.fromYear() == null
                && filter.toYear() == null;
    }

    /** Whether the summaries of records by their years answer: a kind, a crime area and years at most. */
    static boolean answerWithYears(RecordFilter filter) {
        return answer(filter.withYears(null, null));
    }

    long countRecords(RecordFilter filter) {
        Conditions where = Conditions.of(filter).years(filter);
        return jdbc.sql("select coalesce(sum(records), 0) from summary_span" + where.sql())
                .params(where.parameters())
                .query(Number.class)
                .single()
                .longValue();
    }

    List<SpanCount> spans(RecordFilter filter) {
        Conditions where = Conditions.of(filter).years(filter);
        return jdbc.sql("select first_year, last_year, kind, sum(records) from summary_span" + where.sql()
                        + " group by first_year, last_year, kind having sum(records) > 0")
                .params(where.parameters())
                .query((rs, row) -> new SpanCount(
                        rs.getInt(1),
                        rs.getInt(2) == RecordFootprint.ONGOING ? null : rs.getInt(2),
                        RecordKind.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    long countCountriesInvolved(RecordFilter filter) {
        Conditions where = Conditions.of(filter);
        return jdbc.sql("select count(*) from (select iso2 from summary_country" + where.sql()
                        + " group by iso2 having sum(records) > 0) involved")
                .params(where.parameters())
                .query(Number.class)
                .single()
                .longValue();
    }

    /** Records per region for a filter without one: the caller keeps the filter's region only. */
    Map<String, Long> recordsByRegion(RecordFilter filter) {
        Conditions where = Conditions.of(filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select region, sum(records) from summary_region" + where.sql()
                        + " group by region having sum(records) > 0")
                .params(where.parameters())
                .query((rs, row) -> new RegionCount(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(count -> counts.put(count.region(), count.records()));
        return counts;
    }

    /** The figures of these metrics (of every metric, if null) grouped by metric, unit, kind of period and qualifier. */
    List<FigureGroup> figureTotals(RecordFilter filter, Collection<Metric> metrics) {
        if (metrics != null && metrics.isEmpty()) {
            return List.of();
        }
        Conditions where =
                metrics == null ? Conditions.of(filter) : Conditions.of(filter).metricIn(metrics);
        return jdbc.sql("select metric, unit, cumulative, qualifier, sum(total), sum(figures), min(first_day),"
                        + " max(last_day) from summary_figure" + where.sql()
                        + " group by metric, unit, cumulative, qualifier having sum(figures) > 0")
                .params(where.parameters())
                .query((rs, row) -> new FigureGroup(
                        Metric.valueOf(rs.getString(1)),
                        Unit.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        Qualifier.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5),
                        rs.getLong(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    List<YearGroup> yearlyTotals(RecordFilter filter, Metric metric) {
        Conditions where = Conditions.of(filter).metricIn(List.of(metric));
        return jdbc.sql("select year_number, unit, qualifier, sum(total) from summary_figure_year" + where.sql()
                        + " group by year_number, unit, qualifier having sum(figures) > 0 order by year_number")
                .params(where.parameters())
                .query((rs, row) -> new YearGroup(
                        rs.getInt(1),
                        Unit.valueOf(rs.getString(2)),
                        Qualifier.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4)))
                .list();
    }

    /** Every country that takes part in a record, with its records by role. */
    List<CountryInvolvement> involvement() {
        return jdbc.sql("select iso2, sum(as_lead), sum(as_partner), sum(as_place), sum(records)"
                        + " from summary_country group by iso2 having sum(records) > 0")
                .query((rs, row) -> new CountryInvolvement(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Every lead country's records with each other country, by role, of the kind and crime area if given. */
    List<RecordFlow> flows(String kind, String crimeArea) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>(List.of("records > 0"));
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", kind);
        }
        if (crimeArea != null) {
            conditions.add("crime_area = :area");
            parameters.put("area", crimeArea);
        }
        return jdbc.sql("select lead_country, counterpart, flow_role, sum(records) from summary_flow where "
                        + String.join(" and ", conditions)
                        + " group by lead_country, counterpart, flow_role")
                .params(parameters)
                .query((rs, row) -> new RecordFlow(
                        rs.getString(1), rs.getString(2), FlowRole.valueOf(rs.getString(3)), rs.getLong(4)))
                .list();
    }

    /**
     * The where clause of a summary query: fixed conditions, each with a named parameter, chosen by the filter.
     */
    private record Conditions(List<String> parts, Map<String, Object> parameters) {

        static Conditions of(RecordFilter filter) {
            Conditions conditions = new Conditions(new ArrayList<>(), new HashMap<>());
            if (filter.kind() != null) {
                conditions.add("kind = :kind", "kind", filter.kind().name());
            }
            if (filter.crimeArea() != null) {
                conditions.add(
                        "crime_area = :crimeArea",
                        "crimeArea",
                        filter.crimeArea().name());
            }
            return conditions;
        }

        /** Spans that overlap the filter's years; an ongoing span's last year is past any. */
        Conditions years(RecordFilter filter) {
            if (filter.fromYear() != null) {
                add("last_year >= :fromYear", "fromYear", filter.fromYear());
            }
            if (filter.toYear() != null) {
                add("first_year <= :toYear", "toYear", filter.toYear());
            }
            return this;
        }

        Conditions metricIn(Collection<Metric> metrics) {
            add(
                    "metric in (:metrics)",
                    "metrics",
                    metrics.stream().map(Metric::name).toList());
            return this;
        }

        private void add(String condition, String name, Object value) {
            parts.add(condition);
            parameters.put(name, value);
        }

        String sql() {
            return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }
    }
}
