package org.cooperationatlas.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/**
 * Figures of one metric in one unit, added up by the database, with the qualifier the sum deserves.
 * Cumulative and yearly figures are never in the same total.
 */
public record FigureTotal(
        Metric metric,
        Unit unit,
        boolean cumulative,
        BigDecimal total,
        Qualifier qualifier,
        long figures,
        LocalDate from,
        LocalDate to) {

    /** Adds another total of the same unit; the qualifier becomes what the two allow together. */
    public FigureTotal plus(FigureTotal other) {
        return new FigureTotal(
                metric,
                unit,
                cumulative,
                total.add(other.total),
                qualifier.plus(other.qualifier),
                figures + other.figures,
                earlier(from, other.from),
                later(to, other.to));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
