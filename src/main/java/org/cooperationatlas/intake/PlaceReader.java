package org.cooperationatlas.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a sentence names that are no countries: in English the capitalised names after "in", "at", "near"…
 * ("patrols in Rome and Milan") and a date line's city ("BEIJING, Dec. 13"); in Chinese the words the segmenter
 * takes for place names ("罗马、米兰"). Each goes with the country named nearest to it in the sentence, else the one
 * given.
 */
final class PlaceReader {

    private static final Pattern AFTER_PREPOSITION =
            Pattern.compile("\\b(?:in|at|near|from|into|outside|around|across|off)\\s+(?:the\\s+)?"
                    + "((?:[A-Z][\\p{L}'’-]+)(?:\\s+(?:[A-Z][\\p{L}'’-]+|de|del|do|da)){0,2})");
    private static final Pattern DATELINE =
            Pattern.compile("^([A-Z][A-Z.'’-]{2,}(?:\\s+[A-Z][A-Z.'’-]+){0,2})\\s*(?:,|\\(|—|–|-)");

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}s?");
    private static final Pattern DEMONYM_ENDING = Pattern.compile("(?:ese|ian|ans|ish|ean|ern|ic|ist|ists)$");
    private static final Pattern LISTED =
            Pattern.compile("^(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2})");

    private final Language language;
    private final Set<String> notPlaces;
    private final ChineseWords chineseWords;

    PlaceReader(Language language, ChineseWords chineseWords) {
        this.language = language;
        this.chineseWords = chineseWords;
        this.notPlaces = Set.copyOf(Lexicon.of(language).list("notplace"));
    }

    /** The places the sentence names, each with the country named nearest it, or the fallback country. */
    List<PlaceMention> in(String sentence, List<CountryMention> countries, String fallbackCountry) {
        List<PlaceMention> found = new ArrayList<>();
        if (language.spacesBetweenWords()) {
            Matcher dateline = DATELINE.matcher(sentence);
            if (dateline.find()) {
                add(
                        found,
                        titleCase(dateline.group(1)),
                        dateline.start(1),
                        dateline.end(1),
                        sentence,
                        countries,
                        fallbackCountry);
            }
            Matcher named = AFTER_PREPOSITION.matcher(sentence);
            while (named.find()) {
                add(found, named.group(1), named.start(1), named.end(1), sentence, countries, fallbackCountry);
                // "in Rome, Milan and Florence": the names listed after the first.
                int at = named.end(1);
                Matcher more = LISTED.matcher(sentence.substring(at));
                while (more.find()) {
                    add(
                            found,
                            more.group(1),
                            at + more.start(1),
                            at + more.end(1),
                            sentence,
                            countries,
                            fallbackCountry);
                    at += more.end();
                    more = LISTED.matcher(sentence.substring(at));
                }
            }
        } else {
            for (Word word : chineseWords.of(sentence)) {
                if (word.isPlace()) {
                    add(found, word.text(), word.start(), word.end(), sentence, countries, fallbackCountry);
                }
            }
        }
        return found;
    }

    private void add(
            List<PlaceMention> found,
            String name,
            int start,
            int end,
            String sentence,
            List<CountryMention> countries,
            String fallbackCountry) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean isCountry = countries.stream()
                .anyMatch(country -> country.start() <= start && end <= country.end()
                        || country.start() >= start && country.end() <= end);
        boolean common = java.util.Arrays.stream(lower.split("\\s+")).anyMatch(notPlaces::contains)
                || notPlaces.contains(lower)
                || language.spacesBetweenWords() && ACRONYM.matcher(name).matches()
                || name.endsWith("-")
                || language.spacesBetweenWords()
                        && DEMONYM_ENDING.matcher(lower).find();
        if (isCountry
                || common
                || name.length() < 2
                || found.stream().anyMatch(place -> place.name().equals(name))) {
            return;
        }
        // The country named right at the place ("意大利罗马", "Rome, Italy"), else the next one named after it in the
        // sentence (visiting police are named before where they patrol), else the nearest before it.
        String country = countries.stream()
                .filter(mention -> mention.end() >= start - 1 && mention.end() <= start
                        || mention.start() >= end && mention.start() <= end + 3)
                .findFirst()
                .or(() -> countries.stream()
                        .filter(mention -> mention.start() >= end)
                        .min(Comparator.comparingInt(CountryMention::start)))
                .or(() -> countries.stream()
                        .filter(mention -> mention.end() <= start)
                        .max(Comparator.comparingInt(CountryMention::end)))
                .map(CountryMention::iso2)
                .orElse(fallbackCountry);
        if (country != null) {
            found.add(new PlaceMention(name, country, start, end));
        }
    }

    private static String titleCase(String upper) {
        StringBuilder name = new StringBuilder();
        for (String part : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** A place a sentence names, the country it goes with, and where it stands. */
    record PlaceMention(String name, String countryIso2, int start, int end) {}
}
