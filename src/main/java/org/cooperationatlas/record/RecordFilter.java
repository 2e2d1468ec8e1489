package org.cooperationatlas.record;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader narrows the records to. It round-trips through a URL query string
 * ({@code ?country=IT&kind=JOINT_PATROL&from=2016}) so that a filtered view can be bookmarked and shared;
 * values that do not parse are ignored rather than failing the page.
 *
 * @param text      words in the title or summary
 * @param country   ISO alpha-2 code of the lead or a partner country
 * @param fromYear  first year the record's period must reach into
 * @param toYear    last year the record's period must reach into
 */
public record RecordFilter(String text, RecordKind kind, CrimeArea crimeArea, String country,
                           Integer fromYear, Integer toYear) {

    public static final RecordFilter NONE = new RecordFilter(null, null, null, null, null, null);

    public RecordFilter {
        text = text == null || text.isBlank() ? null : text.trim();
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    public static RecordFilter fromParameters(Map<String, List<String>> parameters) {
        return new RecordFilter(
                first(parameters, "q"),
                parseEnum(RecordKind.class, first(parameters, "kind")),
                parseEnum(CrimeArea.class, first(parameters, "area")),
                first(parameters, "country"),
                parseYear(first(parameters, "from")),
                parseYear(first(parameters, "to")));
    }

    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", text);
        put(parameters, "kind", kind == null ? null : kind.name());
        put(parameters, "area", crimeArea == null ? null : crimeArea.name());
        put(parameters, "country", country);
        put(parameters, "from", fromYear == null ? null : fromYear.toString());
        put(parameters, "to", toYear == null ? null : toYear.toString());
        return parameters;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    LocalDate fromDay() {
        return fromYear == null ? null : LocalDate.of(fromYear, 1, 1);
    }

    LocalDate toDay() {
        return toYear == null ? null : LocalDate.of(toYear, 12, 31);
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

    private static Integer parseYear(String value) {
        if (value == null || !value.trim().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(value.trim());
    }
}
