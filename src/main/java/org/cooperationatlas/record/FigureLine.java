package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/** A figure as it is read outside its record's form: with the record, the source and the quote. */
public record FigureLine(
        long id,
        long recordId,
        String recordTitle,
        Metric metric,
        BigDecimal value,
        Qualifier qualifier,
        Unit unit,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean cumulative,
        String countryIso2,
        String source,
        String quote) {

    static FigureLine of(Figure figure) {
        return new FigureLine(
                figure.getId(),
                figure.getRecord().getId(),
                figure.getRecord().getTitle(),
                figure.getMetric(),
                figure.getValue(),
                figure.getQualifier(),
                figure.getUnit(),
                figure.getPeriodFrom(),
                figure.getPeriodTo(),
                figure.isCumulative(),
                figure.getCountry() == null ? null : figure.getCountry().getIso2(),
                figure.getSource().label(),
                figure.getQuote());
    }
}
