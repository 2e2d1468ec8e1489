package org.cooperationatlas.record;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.YearRange;

/**
 * What a reader narrows the records to. It round-trips through a URL query string
 * ({@code ?country=IT&kind=JOINT_PATROL&from=2016}) so that a filtered view can be bookmarked and shared;
 * values that do not parse are ignored rather than failing the page.
 *
 * @param text      words in the title or summary
 * @param country   ISO alpha-2 code of the lead or a partner country
 * @param region    UN M49 region (Africa, Americas, Asia, Europe, Oceania) of the lead or a partner country
 * @param metric    records with at least one figure of this metric
 * @param fromYear  first year the record's period must reach into
 * @param toYear    last year the record's period must reach into
 */
public record RecordFilter(
        String text,
        RecordKind kind,
        CrimeArea crimeArea,
        String country,
        String region,
        Metric metric,
        Integer fromYear,
        Integer toYear) {

    public static final RecordFilter NONE = new RecordFilter(null, null, null, null, null, null, null, null);
    /** The longest text a filter searches for, and the most words of it: each word is a look-up in the index. */
    public static final int MAX_TEXT_LENGTH = 200;

    public static final int MAX_TERMS = 10;
    /** The years a filter may name: the records' and the UN's data lie well inside them. */
    public static final int FIRST_YEAR = YearRange.FIRST;

    public static final int LAST_YEAR = YearRange.LAST;
    /** The UN M49 regions a filter may name. */
    public static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");

    public RecordFilter {
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        region = blankToNull(region);
    }

    public RecordFilter withText(String newText) {
        return new RecordFilter(newText, kind, crimeArea, country, region, metric, fromYear, toYear);
    }

    public RecordFilter withKind(RecordKind newKind) {
        return new RecordFilter(text, newKind, crimeArea, country, region, metric, fromYear, toYear);
    }

    public RecordFilter withCrimeArea(CrimeArea newCrimeArea) {
        return new RecordFilter(text, kind, newCrimeArea, country, region, metric, fromYear, toYear);
    }

    public RecordFilter withCountry(String newCountry) {
        return new RecordFilter(text, kind, crimeArea, newCountry, region, metric, fromYear, toYear);
    }

    public RecordFilter withRegion(String newRegion) {
        return new RecordFilter(text, kind, crimeArea, country, newRegion, metric, fromYear, toYear);
    }

    public RecordFilter withMetric(Metric newMetric) {
        return new RecordFilter(text, kind, crimeArea, country, region, newMetric, fromYear, toYear);
    }

    public RecordFilter withYears(Integer from, Integer to) {
        return new RecordFilter(text, kind, crimeArea, country, region, metric, from, to);
    }

    // A metric named in an address that is not a metric's code at all is no filter (as an unknown kind is not).
    private static Metric parseMetric(String text) {
        return Metric.isCode(text) ? Metric.valueOf(text) : null;
    }

    public static RecordFilter fromParameters(Map<String, List<String>> parameters) {
        return new RecordFilter(
                first(parameters, "q"),
                parseEnum(RecordKind.class, first(parameters, "kind")),
                parseEnum(CrimeArea.class, first(parameters, "area")),
                first(parameters, "country"),
                first(parameters, "region"),
                parseMetric(first(parameters, "metric")),
                parseYear(first(parameters, "from")),
                parseYear(first(parameters, "to")));
    }

    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", text);
        put(parameters, "kind", kind == null ? null : kind.name());
        put(parameters, "area", crimeArea == null ? null : crimeArea.name());
        put(parameters, "country", country);
        put(parameters, "region", region);
        put(parameters, "metric", metric == null ? null : metric.name());
        put(parameters, "from", fromYear == null ? null : fromYear.toString());
        put(parameters, "to", toYear == null ? null : toYear.toString());
        return parameters;
    }

    /** How many words the text asks for; past {@link #MAX_TERMS} the rest are left out. */
    public int termCount() {
        return RecordWords.countTerms(text);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public LocalDate fromDay() {
        return fromYear == null ? null : LocalDate.of(fromYear, 1, 1);
    }

    public LocalDate toDay() {
        return toYear == null ? null : LocalDate.of(toYear, 12, 31);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    // A year out of bounds in an address is left out, like any value that does not parse.
    private static Integer parseYear(String value) {
        if (value == null || !value.trim().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(value.trim());
        return isYear(year) ? year : null;
    }

    public static boolean isYear(int year) {
        return YearRange.contains(year);
    }
}
