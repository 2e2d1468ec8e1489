package org.cooperationatlas.base.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a figure counts, or the money or measure it is stated in, by its code in the atlas's reference data of units
 * (names and the way a value is written in English and Chinese, and its kind), which administrators extend. The
 * codes the atlas itself reasons about are named here.
 */
public record Unit(@JsonValue String code) implements Comparable<Unit>, java.io.Serializable {

    public static final int CODE_MAX_LENGTH = 30;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    public static final Unit PEOPLE = new Unit("PEOPLE");
    public static final Unit PERSON_TIMES = new Unit("PERSON_TIMES");
    public static final Unit DENS = new Unit("DENS");
    public static final Unit CASES = new Unit("CASES");
    public static final Unit TRIPS = new Unit("TRIPS");
    public static final Unit COUNTRIES_AND_REGIONS = new Unit("COUNTRIES_AND_REGIONS");
    public static final Unit RANK = new Unit("RANK");
    public static final Unit PERCENT = new Unit("PERCENT");
    public static final Unit CNY = new Unit("CNY");
    public static final Unit USD = new Unit("USD");
    public static final Unit EUR = new Unit("EUR");

    public Unit {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A unit's code is upper-case letters, digits and _: " + code);
        }
    }

    /** The unit of a code as written anywhere: in any case, with spaces as underscores. */
    @JsonCreator
    public static Unit valueOf(String code) {
        return new Unit(code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }

    public static boolean isCode(String text) {
        return text != null
                && CODE.matcher(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'))
                        .matches();
    }

    /** The code, as it is stored. */
    public String name() {
        return code;
    }

    @Override
    public int compareTo(Unit other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
