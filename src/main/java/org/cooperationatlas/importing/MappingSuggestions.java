package org.cooperationatlas.importing;

import org.cooperationatlas.country.CountryNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Guesses which column fills what from the header names; the reader confirms or changes each guess. */
public final class MappingSuggestions {

    private MappingSuggestions() {
    }

    public static ColumnMapping suggest(ImportKind kind, Layout layout, List<String> headers) {
        List<ColumnTarget> targets = new ArrayList<>();
        Set<ColumnTarget> taken = new HashSet<>();
        for (String header : headers) {
            ColumnTarget target = guess(kind, layout, header);
            targets.add(target != null && taken.add(target) ? target : null);
        }
        return new ColumnMapping(kind, layout, targets);
    }

    /** Records when more headers name record fields than contribution fields; contributions otherwise. */
    public static ImportKind guessKind(List<String> headers) {
        long records = matches(ImportKind.RECORDS, headers);
        long contributions = matches(ImportKind.CONTRIBUTIONS, headers);
        return records > contributions ? ImportKind.RECORDS : ImportKind.CONTRIBUTIONS;
    }

    private static long matches(ImportKind kind, List<String> headers) {
        return headers.stream().map(CountryNames::fold)
                .filter(header -> ImportField.of(kind, Layout.LONG).stream().anyMatch(field -> field.suggestedBy(header)))
                .count();
    }

    /** Wide when some header names both a personnel type and a gender, or several name personnel types. */
    public static Layout guessLayout(List<String> headers) {
        long typed = headers.stream().filter(header -> PersonnelWords.type(header).isPresent()
                && ImportField.of(ImportKind.CONTRIBUTIONS, Layout.WIDE).stream()
                .noneMatch(field -> field.suggestedBy(CountryNames.fold(header)))).count();
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
                    .map(type -> ColumnTarget.count(type, PersonnelWords.gender(header))).orElse(null);
        }
        return null;
    }
}
