package org.cooperationatlas.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/** The figures of one metric, unit, kind of period and qualifier: their sum, number, first and last day. */
record FigureGroup(
        Metric metric,
        Unit unit,
        Boolean cumulative,
        Qualifier qualifier,
        BigDecimal sum,
        Long figures,
        LocalDate firstDay,
        LocalDate lastDay) {

    FigureTotal total() {
        return new FigureTotal(metric, unit, cumulative, sum, qualifier, figures, firstDay, lastDay);
    }
}
