package org.cooperationatlas.statistics;

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
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.RecordChanged;
import org.cooperationatlas.record.RecordFootprint;
import org.cooperationatlas.record.RecordFootprint.FigurePart;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the summary tables (see the V11 migration) in step with the records: every write moves them from the
 * record's stored footprint to its new one, in the write's own transaction. The write raised the data version
 * first in that transaction, and its row lock makes concurrent writers on any node take turns, so that adding a
 * row that is not there yet cannot race.
 */
@Component
class RecordSummaries {

    private final JdbcClient jdbc;
    private final CountryService countries;

    RecordSummaries(JdbcClient jdbc, CountryService countries) {
        this.jdbc = jdbc;
        this.countries = countries;
    }

    @EventListener
    void on(RecordChanged change) {
        replace(change.before(), change.after());
    }

    /**
     * Replaces the record's {@code before} footprint (null for a new record) by {@code after} (null when deleted).
     * Call it once the write is flushed: bounds of the figures' periods may be read again from the figures.
     */
    private void replace(RecordFootprint before, RecordFootprint after) {
        Map<SummaryRow, BigDecimal[]> changes = new LinkedHashMap<>();
        Set<String> regionsBefore = before == null ? Set.of() : regionsOf(before);
        Set<String> regionsAfter = after == null ? Set.of() : regionsOf(after);
        if (before != null) {
            tallies(before, regionsBefore, (row, amounts) -> add(changes, row, amounts, -1));
        }
        if (after != null) {
            tallies(after, regionsAfter, (row, amounts) -> add(changes, row, amounts, 1));
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

    private static Set<String> leadAndPartners(RecordFootprint footprint) {
        Set<String> codes = new HashSet<>(footprint.partners());
        codes.add(footprint.lead());
        return codes;
    }

    private void tallies(RecordFootprint footprint, Set<String> regions, BiConsumer<SummaryRow, BigDecimal[]> tally) {
        String kind = footprint.kind().name();
        String area = footprint.crimeArea().name();
        tally.accept(
                new SummaryRow(SummaryTable.SPAN, List.of(footprint.firstYear(), footprint.lastYear(), kind, area)),
                counts(1));
        Set<String> involved = new LinkedHashSet<>();
        involved.add(footprint.lead());
        involved.addAll(footprint.partners());
        involved.addAll(footprint.places());
        for (String iso2 : involved) {
            tally.accept(
                    new SummaryRow(SummaryTable.COUNTRY, List.of(iso2, kind, area)),
                    counts(
                            iso2.equals(footprint.lead()) ? 1 : 0,
                            footprint.partners().contains(iso2) ? 1 : 0,
                            footprint.places().contains(iso2) ? 1 : 0,
                            1));
        }
        for (String partner : footprint.partners()) {
            flow(tally, footprint, partner, FlowRole.PARTNER);
        }
        for (String place : footprint.places()) {
            flow(tally, footprint, place, FlowRole.PLACE);
        }
        for (String region : regions) {
            tally.accept(new SummaryRow(SummaryTable.REGION, List.of(region, kind, area)), counts(1));
        }
        for (FigurePart part : footprint.figures()) {
            tally.accept(figureRow(footprint, part), new BigDecimal[] {part.amount(), BigDecimal.ONE});
            Integer year = part.year();
            if (year != null) {
                tally.accept(
                        new SummaryRow(
                                SummaryTable.FIGURE_YEAR,
                                List.of(
                                        part.metric().name(),
                                        year,
                                        part.unit().name(),
                                        part.qualifier().name(),
                                        kind,
                                        area)),
                        new BigDecimal[] {part.amount(), BigDecimal.ONE});
            }
        }
    }

    // A country's records at home are no flow.
    private static void flow(
            BiConsumer<SummaryRow, BigDecimal[]> tally, RecordFootprint footprint, String counterpart, FlowRole role) {
        if (!counterpart.equals(footprint.lead())) {
            tally.accept(
                    new SummaryRow(
                            SummaryTable.FLOW,
                            List.of(
                                    footprint.lead(),
                                    counterpart,
                                    role.name(),
                                    footprint.kind().name(),
                                    footprint.crimeArea().name())),
                    counts(1));
        }
    }

    /** The regions of the lead and partner countries, each once. */
    private Set<String> regionsOf(RecordFootprint footprint) {
        Set<String> codes = leadAndPartners(footprint);
        Set<String> regions = new LinkedHashSet<>();
        countries.byCodes(codes).values().stream()
                .map(Country::getRegion)
                .filter(Objects::nonNull)
                .forEach(regions::add);
        return regions;
    }

    private static SummaryRow figureRow(RecordFootprint footprint, FigurePart part) {
        return new SummaryRow(
                SummaryTable.FIGURE,
                List.of(
                        part.metric().name(),
                        part.unit().name(),
                        part.cumulative(),
                        part.qualifier().name(),
                        footprint.kind().name(),
                        footprint.crimeArea().name()));
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
        Map<String, Object> parameters = row.table().parameters(row.key(), amounts);
        if (jdbc.sql(row.table().addSql()).params(parameters).update() == 0) {
            jdbc.sql(row.table().insertSql()).params(parameters).update();
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
            if (!touched.contains(row)
                    && jdbc.sql("select first_day, last_day from summary_figure where "
                                    + SummaryTable.FIGURE.keyCondition())
                            .params(row.keyParameters())
                            .query((rs, number) ->
                                    part.touches(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                            .list()
                            .contains(true)) {
                touched.add(row);
            }
        }
        return touched;
    }

    private void recountBounds(SummaryRow row) {
        jdbc.sql("""
                        update summary_figure set
                          first_day = (select min(f.period_from) from figure f join cooperation_record r on r.id = f.record_id
                                       where f.counted = true and f.metric = :metric and f.unit = :unit and f.cumulative = :cumulative
                                         and f.qualifier = :qualifier and r.kind = :kind and r.crime_area = :crime_area),
                          last_day = (select max(f.period_to) from figure f join cooperation_record r on r.id = f.record_id
                                      where f.counted = true and f.metric = :metric and f.unit = :unit and f.cumulative = :cumulative
                                        and f.qualifier = :qualifier and r.kind = :kind and r.crime_area = :crime_area)
                        where """ + " " + SummaryTable.FIGURE.keyCondition())
                .params(row.keyParameters())
                .update();
    }

    private void widenBounds(SummaryRow row, FigurePart part) {
        if (part.from() != null) {
            jdbc.sql("update summary_figure set first_day = :day where (first_day is null or first_day > :day) and "
                            + SummaryTable.FIGURE.keyCondition())
                    .params(row.keyParameters())
                    .param("day", part.from())
                    .update();
        }
        if (part.to() != null) {
            jdbc.sql("update summary_figure set last_day = :day where (last_day is null or last_day < :day) and "
                            + SummaryTable.FIGURE.keyCondition())
                    .params(row.keyParameters())
                    .param("day", part.to())
                    .update();
        }
    }

    /** One row of one summary table, by its key's values in the table's key order. */
    private record SummaryRow(SummaryTable table, List<Object> key) {

        Map<String, Object> keyParameters() {
            return table.keyParameters(key);
        }
    }
}
