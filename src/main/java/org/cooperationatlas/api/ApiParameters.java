package org.cooperationatlas.api;

import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.Metric;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request's parameters, typed and checked: a value the API does not know is refused with a 400 problem that
 * names the parameter and what it takes, never read as "no filter" (a mistyped kind would otherwise return every
 * record) and never a 500.
 */
final class ApiParameters {

    private final Map<String, String> values;
    private final CountryService countries;

    ApiParameters(Map<String, String> values, CountryService countries) {
        this.values = values;
        this.countries = countries;
    }

    String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw refused(name, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    String oneOf(String name, List<String> allowed) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        return allowed.stream().filter(candidate -> candidate.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> refused(name, value, allowed));
    }

    /** An ISO alpha-2 code of a country the atlas knows, in upper case. */
    String country(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        return countries.find(value).map(country -> country.getIso2()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "`" + name + "` takes the ISO alpha-2 code of a "
                        + "country (see /api/countries); no country has the code " + quoted(value)));
    }

    Integer year(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}") || !RecordFilter.isYear(Integer.parseInt(value))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "`" + name + "` takes a year from "
                    + RecordFilter.FIRST_YEAR + " to " + RecordFilter.LAST_YEAR + ", not " + quoted(value));
        }
        return Integer.valueOf(value);
    }

    String text(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        if (value.length() > RecordFilter.MAX_TEXT_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "`" + name + "` takes at most "
                    + RecordFilter.MAX_TEXT_LENGTH + " characters");
        }
        if (RecordFilter.NONE.withText(value).termCount() > RecordFilter.MAX_TERMS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "`" + name + "` takes at most "
                    + RecordFilter.MAX_TERMS + " words");
        }
        return value;
    }

    /** The records view's filters, as its address gives them. */
    RecordFilter recordFilter() {
        return new RecordFilter(text("q"), choice("kind", RecordKind.class), choice("area", CrimeArea.class),
                country("country"), oneOf("region", RecordFilter.REGIONS), choice("metric", Metric.class),
                year("from"), year("to"));
    }

    private static ResponseStatusException refused(String name, String value, List<String> allowed) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "`" + name + "` takes one of "
                + allowed.stream().collect(Collectors.joining(", ")) + "; not " + quoted(value));
    }

    private static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + shown + "\"";
    }
}
