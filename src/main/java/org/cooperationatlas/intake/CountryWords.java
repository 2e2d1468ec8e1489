package org.cooperationatlas.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryAlias;

/**
 * The words that name countries in a language: the atlas's names, their other names, the JDK's names in that
 * language, and the lexicon's words for their people ("Italian", "意方"). English names match as whole words
 * and capitalised, so that "Chad" is a country and "chad" is not.
 */
final class CountryWords {

    private final Phrases phrases;
    private final boolean capitalised;

    CountryWords(Language language, List<Country> countries, List<CountryAlias> aliases) {
        Map<String, List<String>> byCountry = new HashMap<>();
        for (Country country : countries) {
            add(byCountry, country.getIso2(), country.getNameEn());
            add(byCountry, country.getIso2(), country.displayName(language.locale()));
        }
        for (CountryAlias alias : aliases) {
            add(byCountry, alias.getCountry().getIso2(), alias.getAlias());
        }
        Lexicon.of(language)
                .group("demonym.")
                .forEach((iso2, words) -> words.forEach(word -> add(byCountry, iso2.toUpperCase(Locale.ROOT), word)));
        // Short codes ("US", "UK") name countries in articles only as such; other two- or three-letter words do not.
        byCountry
                .values()
                .forEach(words -> words.removeIf(word -> word.length() < 2
                        || (word.length() <= 3
                                && !word.equals("us")
                                && !word.equals("uk")
                                && !word.equals("u.s.")
                                && !word.equals("uae")
                                && !word.equals("usa")
                                && !word.equals("lao")
                                && language.spacesBetweenWords())));
        this.phrases = new Phrases(byCountry, language);
        this.capitalised = language.spacesBetweenWords();
    }

    private static void add(Map<String, List<String>> byCountry, String iso2, String word) {
        if (word != null && !word.isBlank()) {
            byCountry
                    .computeIfAbsent(iso2, key -> new ArrayList<>())
                    .add(word.strip().toLowerCase(Locale.ROOT));
        }
    }

    List<CountryMention> in(String sentence) {
        List<CountryMention> found = new ArrayList<>();
        for (Phrases.Match match : phrases.in(sentence)) {
            if (!capitalised || Character.isUpperCase(sentence.charAt(match.start()))) {
                found.add(new CountryMention(match.value(), match.start(), match.end()));
            }
        }
        return found;
    }
}
