package org.cooperationatlas.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cooperationatlas.country.CountryNames;

/** Guesses which column fills what from the header names; the reader confirms or changes each guess. */
public final class MappingSuggestions {

    private static final Pattern HOST_WORDS = Pattern.compile("\\b(mission|host|hq|deployment|location)\\b");

    private MappingSuggestions() {}

    public static ColumnMapping suggest(ImportKind kind, Layout layout, List<String> headers) {
        return suggest(kind, layout, headers, Set.of());
    }

    /**
     * Suggests by the headers and, for a contributions file, by the values: a column of country codes is the
     * country (codes are exact where names vary), and a column the headers took for the country becomes its
     * cross-check.
     */
    public static ColumnMapping suggest(
            ImportKind kind, Layout layout, List<String> headers, Set<Integer> countryCodeColumns) {
        List<ColumnTarget> guesses =
                headers.stream().map(header -> guess(kind, layout, header)).toList();
        List<ColumnTarget> targets = new ArrayList<>();
        Set<ColumnTarget> taken = new HashSet<>();
        for (ColumnTarget target : guesses) {
            targets.add(target != null && (target.isCount() || taken.add(target)) ? target : null);
        }
        if (kind == ImportKind.CONTRIBUTIONS) {
            preferCodes(headers, guesses, targets, countryCodeColumns);
        }
        return new ColumnMapping(kind, layout, targets);
    }

    // The contributor's codes, not the host's: a column about the mission ("Mission_Country_ISO-3") is passed
    // over, and a column whose header already names the contributor comes first.
    private static void preferCodes(
            List<String> headers, List<ColumnTarget> guesses, List<ColumnTarget> targets, Set<Integer> codeColumns) {
        ColumnTarget country = ColumnTarget.field(ImportField.COUNTRY);
        Optional<Integer> codes = codeColumns.stream()
                .filter(column ->
                        guesses.get(column) == null || guesses.get(column).equals(country))
                .filter(column -> !HOST_WORDS
                        .matcher(CountryNames.fold(headers.get(column)))
                        .find())
                .min(Comparator.comparing((Integer column) -> !country.equals(guesses.get(column)))
                        .thenComparing(Comparator.naturalOrder()));
        if (codes.isEmpty()) {
            return;
        }
        ColumnTarget name = ColumnTarget.field(ImportField.COUNTRY_NAME);
        for (int column = 0; column < targets.size(); column++) {
            if (country.equals(targets.get(column))) {
                targets.set(column, null);
            }
        }
        targets.set(codes.get(), country);
        for (int column = 0; column < guesses.size(); column++) {
            if (column != codes.get() && country.equals(guesses.get(column)) && !targets.contains(name)) {
                targets.set(column, name);
            }
        }
    }

    /** Records when more headers name record fields than contribution fields; contributions otherwise. */
    public static ImportKind guessKind(List<String> headers) {
        long records = matches(ImportKind.RECORDS, headers);
        long contributions = matches(ImportKind.CONTRIBUTIONS, headers);
        return records > contributions ? ImportKind.RECORDS : ImportKind.CONTRIBUTIONS;
    }

    private static long matches(ImportKind kind, List<String> headers) {
        return headers.stream()
                .map(CountryNames::fold)
                .filter(header ->
                        ImportField.of(kind, Layout.LONG).stream().anyMatch(field -> field.suggestedBy(header)))
                .count();
    }

    /** Wide when some header names both a personnel type and a gender, or several name personnel types. */
    public static Layout guessLayout(List<String> headers) {
        long typed = headers.stream()
                .filter(header -> PersonnelWords.type(header).isPresent()
                        && ImportField.of(ImportKind.CONTRIBUTIONS, Layout.WIDE).stream()
                                .noneMatch(field -> field.suggestedBy(CountryNames.fold(header))))
                .count();
        return typed >= 2 ? Layout.WIDE : Layout.LONG;
    }

    private static ColumnTarget guess(ImportKind kind, Layout layout, String header) {
        String folded = CountryNames.fold(header);
        for (ImportField field : ImportField.of(kind, layout)) {
            if (field.suggestedBy(folded)) {
                return ColumnTarget.field(field);
            }
        }
        if (kind == ImportKind.CONTRIBUTIONS && layout == Layout.WIDE) {
            return PersonnelWords.type(header)
                    .map(type -> ColumnTarget.count(type, PersonnelWords.gender(header)))
                    .orElse(null);
        }
        return null;
    }
}
