package org.cooperationatlas.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a country by what a file calls it: ISO alpha-2, alpha-3, the English name or an alias, ignoring case,
 * accents and punctuation ("Cote d'Ivoire" and "Côte d’Ivoire" are the same). A snapshot: cheap to ask a
 * hundred thousand times.
 */
public final class CountryNames {

    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    CountryNames(List<Country> countries, List<CountryAlias> aliases) {
        for (Country country : countries) {
            byCode.put(country.getIso2(), country.getIso2());
            if (country.getIso3() != null) {
                byCode.put(country.getIso3(), country.getIso2());
            }
            byName.put(fold(country.getNameEn()), country.getIso2());
        }
        aliases.forEach(alias -> byName.putIfAbsent(fold(alias.getAlias()), alias.getCountry().getIso2()));
    }

    /** The ISO alpha-2 code of the country the text names, if any. */
    public Optional<String> iso2(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() <= 3) {
            String code = byCode.get(trimmed.toUpperCase(Locale.ROOT));
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.ofNullable(byName.get(fold(trimmed)));
    }

    /** Lower case, accents and apostrophes removed, "&" as "and", any other punctuation as one space. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’‘`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
