package org.cooperationatlas.intake;

import java.util.Map;
import org.cooperationatlas.base.domain.Unit;

/**
 * Money an article names by a word many countries use: "$" and "dollars" are Australian in an Australian
 * article, "元" Singaporean in one about Singapore. Read as {@link #DOLLAR} or {@link #YUAN} and settled by the article's
 * main country: US dollars and Chinese yuan elsewhere.
 */
final class LocalMoney {

    static final Unit DOLLAR = new Unit("LOCAL_DOLLAR");
    static final Unit YUAN = new Unit("LOCAL_YUAN");

    private static final Map<String, String> DOLLARS =
            Map.of("AU", "AUD", "CA", "CAD", "NZ", "NZD", "SG", "SGD", "HK", "HKD", "TW", "TWD");
    private static final Map<String, String> YUANS = Map.of("TW", "TWD", "HK", "HKD", "MO", "MOP", "SG", "SGD");

    private LocalMoney() {}

    /** The currency a local word names in an article about the given country (null: none stands out). */
    static Unit settle(Unit unit, String mainCountry) {
        if (DOLLAR.equals(unit)) {
            return new Unit(mainCountry == null ? "USD" : DOLLARS.getOrDefault(mainCountry, "USD"));
        }
        if (YUAN.equals(unit)) {
            return new Unit(mainCountry == null ? "CNY" : YUANS.getOrDefault(mainCountry, "CNY"));
        }
        return unit;
    }
}
