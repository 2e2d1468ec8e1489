package org.cooperationatlas.record;

import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.RecordFootprint.FigurePart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Keeps the summary tables (see the V11 migration), the word index and the records' regions and countries (V12)
 * in step with the records: every write moves them from the record's stored footprint to its new one, in the
 * write's own transaction. The data version is raised first in that transaction, and its row lock makes
 * concurrent writers on any node take turns, so that adding a row that is not there yet cannot race.
 */
@Component
class RecordSummaries {

    /** Columns of a lookup table that copy the record's own, after its key. */
    private static final Map<String, String> COPIED = Map.of("record_country", ", period_from");

    private final JdbcTemplate jdbc;
    private final CountryService countries;

    RecordSummaries(JdbcTemplate jdbc, CountryService countries) {
        this.jdbc = jdbc;
        this.countries = countries;
    }

    /**
     * Replaces the record's {@code before} footprint (null for a new record) by {@code after} (null when deleted).
     * Call it once the write is flushed: bounds of the figures' periods may be read again from the figures.
     */
    void replace(RecordFootprint before, RecordFootprint after) {
        Map<SummaryRow, BigDecimal[]> changes = new LinkedHashMap<>();
        Set<String> regionsBefore = before == null ? Set.of() : regionsOf(before);
        Set<String> regionsAfter = after == null ? Set.of() : regionsOf(after);
        if (before != null) {
            tallies(before, regionsBefore, (row, amounts) -> add(changes, row, amounts, -1));
        }
        if (after != null) {
            tallies(after, regionsAfter, (row, amounts) -> add(changes, row, amounts, 1));
        }
        // A deleted record's rows in the lookup tables go with it (on delete cascade).
        if (after != null) {
            moveRows("record_word", "word", after.id(), before == null ? Set.of() : before.words(), after.words());
            moveRows("record_region", "region", after.id(), regionsBefore, regionsAfter);
            moveRows("record_country", "iso2", after.id(), before == null ? Set.of() : leadAndPartners(before),
                    leadAndPartners(after));
            followPeriod(after.id());
        }
        List<FigurePart> removed = without(before, after);
        List<FigurePart> added = without(after, before);
        Set<SummaryRow> boundsToRecount = boundsTouchedBy(removed, before);
        changes.forEach((row, amounts) -> {
            if (!isZero(amounts)) {
                write(row, amounts);
            }
        });
        boundsToRecount.forEach(this::recountBounds);
        for (FigurePart part : added) {
            SummaryRow row = figureRow(after, part);
            if (!boundsToRecount.contains(row)) {
                widenBounds(row, part);
            }
        }
    }

    /**
     * The footprint of the record as the database holds it, for a record saved without having been loaded through
     * the service; only right while none of the caller's changes to it have been flushed.
     */
    RecordFootprint storedFootprint(long id) {
        List<FigurePart> figures = jdbc.query("""
                select metric, unit, cumulative, qualifier, amount, period_from, period_to from figure
                where record_id = ?
                """, (rs, row) -> new FigurePart(Metric.valueOf(rs.getString(1)), Unit.valueOf(rs.getString(2)),
                rs.getBoolean(3), Qualifier.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)), id);
        Set<String> partners = Set.copyOf(jdbc.queryForList(
                "select country_iso2 from record_partner where record_id = ?", String.class, id));
        Set<String> places = Set.copyOf(jdbc.queryForList(
                "select country_iso2 from record_place where record_id = ?", String.class, id));
        Set<String> words = Set.copyOf(jdbc.queryForList(
                "select word from record_word where record_id = ?", String.class, id));
        return jdbc.queryForObject("""
                select kind, crime_area, period_from, period_to, lead_country from cooperation_record where id = ?
                """, (rs, row) -> {
            LocalDate to = rs.getObject(4, LocalDate.class);
            return new RecordFootprint(id, RecordKind.valueOf(rs.getString(1)), CrimeArea.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class).getYear(), to == null ? RecordFootprint.ONGOING : to.getYear(),
                    rs.getString(5), partners, places, figures, words);
        }, id);
    }

    /** Moves the summaries from {@code before} to the footprint of the record just saved, and remembers it there. */
    CooperationRecord saved(RecordFootprint before, CooperationRecord saved) {
        RecordFootprint after = RecordFootprint.of(saved);
        replace(before, after);
        saved.rememberStored(after);
        return saved;
    }

    /**
     * The record's rows in a table of record id and value: the values it lost removed, those it gained added.
     * A table's other columns copy the record's (see {@link #COPIED}).
     */
    private void moveRows(String table, String column, long id, Set<String> was, Set<String> now) {
        jdbc.batchUpdate("delete from " + table + " where record_id = ? and " + column + " = ?", was.stream()
                .filter(value -> !now.contains(value)).map(value -> new Object[] {id, value}).toList());
        String copied = COPIED.getOrDefault(table, "");
        jdbc.batchUpdate("insert into " + table + " (record_id, " + column + copied + ") select id, ?" + copied
                        + " from cooperation_record where id = ?",
                now.stream().filter(value -> !was.contains(value)).map(value -> new Object[] {value, id}).toList());
    }

    /** A record's countries carry its first day (their index orders a country's records by it): it may have moved. */
    private void followPeriod(long id) {
        jdbc.update("""
                update record_country set period_from = (select period_from from cooperation_record where id = ?)
                where record_id = ? and period_from <> (select period_from from cooperation_record where id = ?)
                """, id, id, id);
    }

    private static Set<String> leadAndPartners(RecordFootprint footprint) {
        Set<String> codes = new HashSet<>(footprint.partners());
        codes.add(footprint.lead());
        return codes;
    }

    private void tallies(RecordFootprint footprint, Set<String> regions, BiConsumer<SummaryRow, BigDecimal[]> tally) {
        String kind = footprint.kind().name();
        String area = footprint.crimeArea().name();
        tally.accept(new SummaryRow(SummaryTable.SPAN, List.of(footprint.firstYear(), footprint.lastYear(), kind, area)),
                counts(1));
        Set<String> involved = new LinkedHashSet<>();
        involved.add(footprint.lead());
        involved.addAll(footprint.partners());
        involved.addAll(footprint.places());
        for (String iso2 : involved) {
            tally.accept(new SummaryRow(SummaryTable.COUNTRY, List.of(iso2, kind, area)),
                    counts(iso2.equals(footprint.lead()) ? 1 : 0, footprint.partners().contains(iso2) ? 1 : 0,
                            footprint.places().contains(iso2) ? 1 : 0, 1));
        }
        for (String region : regions) {
            tally.accept(new SummaryRow(SummaryTable.REGION, List.of(region, kind, area)), counts(1));
        }
        for (FigurePart part : footprint.figures()) {
            tally.accept(figureRow(footprint, part), new BigDecimal[] {part.amount(), BigDecimal.ONE});
            Integer year = part.year();
            if (year != null) {
                tally.accept(new SummaryRow(SummaryTable.FIGURE_YEAR, List.of(part.metric().name(), year,
                        part.unit().name(), part.qualifier().name(), kind, area)),
                        new BigDecimal[] {part.amount(), BigDecimal.ONE});
            }
        }
    }

    /** The regions of the lead and partner countries, each once. */
    private Set<String> regionsOf(RecordFootprint footprint) {
        Set<String> codes = leadAndPartners(footprint);
        Set<String> regions = new LinkedHashSet<>();
        countries.byCodes(codes).values().stream().map(Country::getRegion).filter(Objects::nonNull)
                .forEach(regions::add);
        return regions;
    }

    private static SummaryRow figureRow(RecordFootprint footprint, FigurePart part) {
        return new SummaryRow(SummaryTable.FIGURE, List.of(part.metric().name(), part.unit().name(), part.cumulative(),
                part.qualifier().name(), footprint.kind().name(), footprint.crimeArea().name()));
    }

    private static BigDecimal[] counts(long... values) {
        BigDecimal[] amounts = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            amounts[i] = BigDecimal.valueOf(values[i]);
        }
        return amounts;
    }

    private static void add(Map<SummaryRow, BigDecimal[]> changes, SummaryRow row, BigDecimal[] amounts, int sign) {
        BigDecimal[] sums = changes.computeIfAbsent(row, key -> counts(new long[amounts.length]));
        for (int i = 0; i < amounts.length; i++) {
            sums[i] = sign > 0 ? sums[i].add(amounts[i]) : sums[i].subtract(amounts[i]);
        }
    }

    private static boolean isZero(BigDecimal[] amounts) {
        for (BigDecimal amount : amounts) {
            if (amount.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds the amounts to the row, creating it if it is not there yet. */
    private void write(SummaryRow row, BigDecimal[] amounts) {
        SummaryTable table = row.table();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            arguments.add(table.bind(i, amounts[i]));
        }
        arguments.addAll(row.key());
        if (jdbc.update(table.addSql(), arguments.toArray()) == 0) {
            List<Object> values = new ArrayList<>(row.key());
            for (int i = 0; i < amounts.length; i++) {
                values.add(table.bind(i, amounts[i]));
            }
            jdbc.update(table.insertSql(), values.toArray());
        }
    }

    /** The parts of {@code from} that {@code other} does not hold as well (as multisets). */
    private static List<FigurePart> without(RecordFootprint from, RecordFootprint other) {
        if (from == null) {
            return List.of();
        }
        List<FigurePart> rest = new ArrayList<>(from.figures());
        if (other != null) {
            other.figures().forEach(rest::remove);
        }
        return rest;
    }

    /**
     * The figure rows whose first or last day a removed figure may have set: those are counted again from the
     * figures; the rest keep theirs.
     */
    private Set<SummaryRow> boundsTouchedBy(List<FigurePart> removed, RecordFootprint before) {
        Set<SummaryRow> touched = new HashSet<>();
        for (FigurePart part : removed) {
            SummaryRow row = figureRow(before, part);
            if (touched.contains(row)) {
                continue;
            }
            List<Object> key = row.key();
            jdbc.query("select first_day, last_day from summary_figure where " + SummaryTable.FIGURE.keyCondition(),
                    rs -> {
                        if (part.touches(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))) {
                            touched.add(row);
                        }
                    }, key.toArray());
        }
        return touched;
    }

    private void recountBounds(SummaryRow row) {
        Map<String, Object> bounds = jdbc.queryForMap("""
                select min(f.period_from) as first_day, max(f.period_to) as last_day
                from figure f join cooperation_record r on r.id = f.record_id
                where f.metric = ? and f.unit = ? and f.cumulative = ? and f.qualifier = ? and r.kind = ?
                  and r.crime_area = ?
                """, row.key().toArray());
        List<Object> arguments = new ArrayList<>();
        arguments.add(bounds.get("first_day"));
        arguments.add(bounds.get("last_day"));
        arguments.addAll(row.key());
        jdbc.update("update summary_figure set first_day = ?, last_day = ? where "
                + SummaryTable.FIGURE.keyCondition(), arguments.toArray());
    }

    private void widenBounds(SummaryRow row, FigurePart part) {
        if (part.from() != null) {
            jdbc.update("update summary_figure set first_day = ? where (first_day is null or first_day > ?) and "
                    + SummaryTable.FIGURE.keyCondition(), withKey(row, part.from(), part.from()));
        }
        if (part.to() != null) {
            jdbc.update("update summary_figure set last_day = ? where (last_day is null or last_day < ?) and "
                    + SummaryTable.FIGURE.keyCondition(), withKey(row, part.to(), part.to()));
        }
    }

    private static Object[] withKey(SummaryRow row, Object... first) {
        List<Object> arguments = new ArrayList<>(List.of(first));
        arguments.addAll(row.key());
        return arguments.toArray();
    }

    /** One row of one summary table, by its key's values in the table's key order. */
    private record SummaryRow(SummaryTable table, List<Object> key) {
    }
}
