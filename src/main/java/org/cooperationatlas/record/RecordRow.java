package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.util.List;
import org.cooperationatlas.base.domain.DatedPeriod;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.Country;

/** One line of the records grid: just what the grid shows, read in a few queries per page. */
public record RecordRow(
        long id,
        String title,
        RecordKind kind,
        CrimeArea crimeArea,
        DatedPeriod period,
        Country lead,
        List<Country> partners,
        Headline headline) {

    /** The record's first figure, with its qualifier so that "more than 90" never reads as "90". */
    public record Headline(Metric metric, BigDecimal value, Qualifier qualifier, Unit unit) {

        public static Headline of(Figure figure) {
            return new Headline(figure.getMetric(), figure.getValue(), figure.getQualifier(), figure.getUnit());
        }
    }
}
