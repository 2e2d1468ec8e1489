package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A figure set against statistics the atlas holds: what they give for the same measure, the month they are read
 * from, and whether the figure agrees with them.
 *
 * @param measureKey the message key naming what was computed, e.g. the rank among the P5 by troops
 * @param value the statistics' own value, or null when nothing could be compared
 * @param parts the values it was computed from, by country (a rank's group), largest first
 */
public record FigureCheck(Outcome outcome, YearMonth month, String measureKey, BigDecimal value, List<Part> parts) {

    public enum Outcome {
        AGREES,
        DIFFERS,
        /** No statistics the atlas holds cover the figure's measure, country and month. */
        NO_STATISTICS;

        public String messageKey() {
            return "figureCheck." + name();
        }
    }

    public record Part(String iso2, long value) {}

    public static FigureCheck noStatistics() {
        return new FigureCheck(Outcome.NO_STATISTICS, null, null, null, List.of());
    }
}
