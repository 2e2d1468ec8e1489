package org.cooperationatlas.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.cooperationatlas.base.data.DerivedTables;
import org.cooperationatlas.record.RecordFootprint;
import org.springframework.stereotype.Component;

/**
 * Counts the summary tables from the records: once, after the migration that creates them (on whichever node
 * migrates first), and on demand for data written around the application (a bulk load, a restored backup).
 */
@Component
public class SummaryRebuild extends DerivedTables {

    // Each statement counts what RecordSummaries adds per record, for all records at once.
    private static final String[] FILL = {"""
            insert into summary_span (first_year, last_year, kind, crime_area, records)
            select first_year, last_year, kind, crime_area, count(*)
            from (select extract(year from period_from) as first_year,
                         coalesce(extract(year from period_to), %d) as last_year, kind, crime_area
                  from cooperation_record) spans
            group by first_year, last_year, kind, crime_area
            """.formatted(RecordFootprint.ONGOING), """
            insert into summary_country (iso2, kind, crime_area, as_lead, as_partner, as_place, records)
            select iso2, kind, crime_area, sum(as_lead), sum(as_partner), sum(as_place), count(*)
            from (select i.iso2, r.kind, r.crime_area, r.id, max(i.as_lead) as as_lead,
                         max(i.as_partner) as as_partner, max(i.as_place) as as_place
                  from (select lead_country as iso2, id as record_id, 1 as as_lead, 0 as as_partner, 0 as as_place
                        from cooperation_record
                        union all
                        select country_iso2, record_id, 0, 1, 0 from record_partner
                        union all
                        select country_iso2, record_id, 0, 0, 1 from record_place) i
                  join cooperation_record r on r.id = i.record_id
                  group by i.iso2, r.kind, r.crime_area, r.id) per_record
            group by iso2, kind, crime_area
            """, """
            insert into summary_region (region, kind, crime_area, records)
            select rr.region, r.kind, r.crime_area, count(*)
            from (select r.id as record_id, c.region from cooperation_record r join country c on c.iso2 = r.lead_country
                  where c.region is not null
                  union
                  select p.record_id, c.region from record_partner p join country c on c.iso2 = p.country_iso2
                  where c.region is not null) rr
            join cooperation_record r on r.id = rr.record_id
            group by rr.region, r.kind, r.crime_area
            """, """
            insert into summary_figure (metric, unit, cumulative, qualifier, kind, crime_area, total, figures,
                                        first_day, last_day)
            select f.metric, f.unit, f.cumulative, f.qualifier, r.kind, r.crime_area, sum(f.amount), count(*),
                   min(f.period_from), max(f.period_to)
            from figure f join cooperation_record r on r.id = f.record_id
            where f.counted = true
            group by f.metric, f.unit, f.cumulative, f.qualifier, r.kind, r.crime_area
            """, """
            insert into summary_figure_year (metric, year_number, unit, qualifier, kind, crime_area, total, figures)
            select metric, year_number, unit, qualifier, kind, crime_area, sum(amount), count(*)
            from (select f.metric, extract(year from f.period_from) as year_number, f.unit, f.qualifier, r.kind,
                         r.crime_area, f.amount
                  from figure f join cooperation_record r on r.id = f.record_id
                  where f.cumulative = false and f.counted = true
                    and extract(year from f.period_from) = extract(year from f.period_to)
                 ) yearly
            group by metric, year_number, unit, qualifier, kind, crime_area
            """, """
            insert into summary_flow (lead_country, counterpart, flow_role, kind, crime_area, records)
            select r.lead_country, p.country_iso2, 'PARTNER', r.kind, r.crime_area, count(*)
            from record_partner p join cooperation_record r on r.id = p.record_id
            where p.country_iso2 <> r.lead_country
            group by r.lead_country, p.country_iso2, r.kind, r.crime_area
            """, """
            insert into summary_flow (lead_country, counterpart, flow_role, kind, crime_area, records)
            select r.lead_country, p.country_iso2, 'PLACE', r.kind, r.crime_area, count(*)
            from (select distinct record_id, country_iso2 from record_place) p
            join cooperation_record r on r.id = p.record_id
            where p.country_iso2 <> r.lead_country
            group by r.lead_country, p.country_iso2, r.kind, r.crime_area
            """};

    /** The row of summary_state that says the summary tables are counted. */
    private static final int SUMMARIES = 1;

    SummaryRebuild(DataSource dataSource) {
        super(dataSource, SUMMARIES, "summary tables");
    }

    @Override
    protected void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (SummaryTable table : SummaryTable.values()) {
                statement.executeUpdate("delete from " + table.tableName());
            }
            for (String fill : FILL) {
                statement.executeUpdate(fill);
            }
        }
    }
}
