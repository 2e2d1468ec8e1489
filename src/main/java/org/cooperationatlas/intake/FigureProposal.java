package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/**
 * A figure the article states: its value with the article's own qualifier and unit, the metric its words suggest
 * (null when they suggest none: an honest answer), the period it covers, whether it is a total over that period,
 * the country it is about if the sentence says, and the sentence it is quoted from, with where the number stands.
 */
public record FigureProposal(
        BigDecimal value,
        Qualifier qualifier,
        Unit unit,
        Metric metric,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean cumulative,
        String countryIso2,
        Sentence sentence,
        int numberStart,
        int numberEnd) {

    /** The words of the article the figure came from: the sentence it stands in. */
    public String quote() {
        return sentence.text();
    }
}
