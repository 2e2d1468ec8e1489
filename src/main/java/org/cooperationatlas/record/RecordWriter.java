package org.cooperationatlas.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a record is written: every save, delete, restore and import comes through here, raises the data
 * version (which makes writers on every node take turns and tells the aggregate cache the data moved), flushes,
 * and publishes a {@link RecordChanged} in the same transaction for the tables derived from the records.
 */
@Component
class RecordWriter {

    private final RecordRepository records;
    private final AggregateCache aggregates;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    RecordWriter(
            RecordRepository records, AggregateCache aggregates, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.records = records;
        this.aggregates = aggregates;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Saves the record, which was stored with the footprint {@code before} (null for a new record), and remembers
     * its new footprint on it, so that a later save from the same form knows what it replaces.
     */
    CooperationRecord save(RecordFootprint before, CooperationRecord record) {
        record.touch();
        aggregates.changed();
        CooperationRecord saved = records.saveAndFlush(record);
        RecordFootprint after = RecordFootprint.of(saved);
        events.publishEvent(new RecordChanged(before, after));
        saved.rememberStored(after);
        return saved;
    }

    /** Saves a record loaded or built elsewhere: its footprint before the write is read from the database. */
    CooperationRecord save(CooperationRecord record) {
        RecordFootprint before = record.getId() == null
                ? null
                : record.storedFootprint() != null ? record.storedFootprint() : storedFootprint(record.getId());
        return save(before, record);
    }

    void delete(CooperationRecord record) {
        RecordFootprint before = RecordFootprint.of(record);
        aggregates.changed();
        records.delete(record);
        records.flush();
        events.publishEvent(new RecordChanged(before, null));
    }

    /**
     * The footprint of the record as the database holds it, for a record saved without having been loaded through
     * the service; only right while none of the caller's changes to it have been flushed.
     */
    RecordFootprint storedFootprint(long id) {
        List<RecordFootprint.FigurePart> figures = jdbc.sql("""
                        select metric, unit, cumulative, qualifier, amount, period_from, period_to from figure
                        where record_id = :id and counted = true
                        """)
                .param("id", id)
                .query((rs, row) -> new RecordFootprint.FigurePart(
                        Metric.valueOf(rs.getString(1)),
                        Unit.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        Qualifier.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .list();
        Set<String> partners = Set.copyOf(jdbc.sql("select country_iso2 from record_partner where record_id = :id")
                .param("id", id)
                .query(String.class)
                .list());
        Set<String> places = Set.copyOf(jdbc.sql("select country_iso2 from record_place where record_id = :id")
                .param("id", id)
                .query(String.class)
                .list());
        return jdbc.sql("""
                        select kind, crime_area, period_from, period_to, lead_country, title, summary
                        from cooperation_record where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    LocalDate to = rs.getObject(4, LocalDate.class);
                    return new RecordFootprint(
                            id,
                            RecordKind.valueOf(rs.getString(1)),
                            CrimeArea.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class).getYear(),
                            to == null ? RecordFootprint.ONGOING : to.getYear(),
                            rs.getString(5),
                            partners,
                            places,
                            figures,
                            RecordWords.of(rs.getString(6), rs.getString(7)));
                })
                .single();
    }
}
