package org.cooperationatlas.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a country by what a file calls it: ISO alpha-2, alpha-3 or M49 numeric code, the English name, the
 * names the JDK's locale data gives in English and Chinese, or an alias. Names are compared by {@link #key}, so
 * case, accents, apostrophes, hyphens, dots, brackets and spacing do not matter, and an inverted name ("Korea,
 * Republic of") is also tried the other way round. A name cut off by its publisher is accepted when it is the
 * start of one country's names only. A snapshot: cheap to ask a hundred thousand times.
 */
public final class CountryNames {

    /** How long a cut-off name must be (folded) before it may stand for the one name it starts. */
    static final int SHORTEST_CUT_NAME = 20;

    private static final Set<String> FILLER_WORDS = Set.of("the", "of", "and");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "st",
            "saint",
            "rep",
            "republic",
            "dem",
            "democratic",
            "fed",
            "federated",
            "sts",
            "states",
            "is",
            "islands",
            "isl",
            "islands");
    private static final Pattern ABBREVIATED = Pattern.compile("^(.+?)\\s*\\(\\p{Lu}{2,6}\\)$");
    private static final Pattern INVERTED = Pattern.compile("^(.+?)\\s*(?:,\\s*(.+)|\\((.+)\\))\\s*$");

    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byNumeric = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();
    private final Map<String, Optional<CountryMatch>> cutNames = new ConcurrentHashMap<>();

    CountryNames(List<Country> countries, List<CountryAlias> aliases) {
        for (Country country : countries) {
            String iso2 = country.getIso2();
            byCode.put(iso2, iso2);
            if (country.getIso3() != null) {
                byCode.put(country.getIso3(), iso2);
            }
            if (country.getNumericCode() != null) {
                byNumeric.put(country.getNumericCode(), iso2);
            }
            nameOf.put(iso2, country.getNameEn());
            byName.put(key(country.getNameEn()), iso2);
        }
        aliases.forEach(alias ->
                byName.putIfAbsent(key(alias.getAlias()), alias.getCountry().getIso2()));
        // The JDK's locale data (CLDR) names every ISO country in English and Chinese: no list typed by hand.
        for (Country country : countries) {
            Locale region = new Locale.Builder().setRegion(country.getIso2()).build();
            for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
                String name = region.getDisplayCountry(language);
                if (!name.isBlank() && !name.equalsIgnoreCase(country.getIso2())) {
                    byName.putIfAbsent(key(name), country.getIso2());
                }
            }
        }
    }

    /** The ISO alpha-2 code of the country the text names, if any. */
    public Optional<String> iso2(String text) {
        return match(text).map(CountryMatch::iso2);
    }

    /** The country the text names and how it was recognised, if any. */
    public Optional<CountryMatch> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Optional<String> code = code(trimmed);
        if (code.isPresent()) {
            return code.map(iso2 -> new CountryMatch(iso2, true, false));
        }
        String found = byName.get(key(trimmed));
        if (found == null) {
            found = inverted(trimmed);
        }
        Matcher abbreviated = ABBREVIATED.matcher(trimmed);
        if (found == null && abbreviated.matches()) {
            // "Democratic Republic of the Congo (DRC)": a name with its abbreviation after it.
            return match(abbreviated.group(1));
        }
        if (found != null) {
            return Optional.of(new CountryMatch(found, false, false));
        }
        if (fold(trimmed).length() < SHORTEST_CUT_NAME) {
            return Optional.empty();
        }
        return cutNames.computeIfAbsent(key(trimmed), this::cutName);
    }

    /**
     * The countries one of whose names starts as the text does: what a name cut short by a narrow column may
     * stand for ("Russian", "United States of").
     */
    public List<String> startingWith(String text) {
        String key = key(text);
        List<String> countries = new ArrayList<>();
        if (key.isEmpty()) {
            return countries;
        }
        byName.forEach((name, iso2) -> {
            if (name.startsWith(key) && !countries.contains(iso2)) {
                countries.add(iso2);
            }
        });
        countries.sort(null);
        return countries;
    }

    /** Whether the text is an ISO alpha-2, alpha-3 or M49 numeric code of a country. */
    public boolean isCode(String text) {
        return text != null && code(text.strip()).isPresent();
    }

    /** Whether the text is an ISO alpha-2 or alpha-3 code: letters that no count or date could be. */
    public boolean isLetterCode(String text) {
        return isCode(text) && text.strip().chars().allMatch(Character::isLetter);
    }

    /** The atlas's English name of a country, for messages. */
    public String nameOf(String iso2) {
        return nameOf.getOrDefault(iso2, iso2);
    }

    private Optional<String> code(String trimmed) {
        if (trimmed.length() > 3) {
            return Optional.empty();
        }
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Spreadsheets drop the leading zeros of M49 codes ("4" for Afghanistan's 004).
            return Optional.ofNullable(byNumeric.get("0".repeat(3 - trimmed.length()) + trimmed));
        }
        return Optional.ofNullable(byCode.get(trimmed.toUpperCase(Locale.ROOT)));
    }

    // "Tanzania, United Republic of" and "Iran (Islamic Republic of)" read as "United Republic of Tanzania".
    private String inverted(String text) {
        Matcher matcher = INVERTED.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String qualifier = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return byName.get(key(qualifier + " " + matcher.group(1)));
    }

    // A publisher's column cut the name short: accepted only when one country has a name that starts so.
    private Optional<CountryMatch> cutName(String key) {
        List<String> countries = new ArrayList<>(2);
        byName.forEach((name, iso2) -> {
            if (name.startsWith(key) && !countries.contains(iso2)) {
                countries.add(iso2);
            }
        });
        return countries.size() == 1 ? Optional.of(new CountryMatch(countries.get(0), false, true)) : Optional.empty();
    }

    /**
     * The form in which names are compared: folded, without the words "the", "of" and "and", common
     * abbreviations written out ("St." as "Saint", "Rep." as "Republic") and no spaces, so that "Cote d Ivoire",
     * "Côte d'Ivoire" and "COTE D’IVOIRE" are one name.
     */
    public static String key(String text) {
        StringBuilder key = new StringBuilder();
        for (String word : fold(text).split(" ")) {
            if (!FILLER_WORDS.contains(word)) {
                key.append(ABBREVIATIONS.getOrDefault(word, word));
            }
        }
        return key.toString();
    }

    /** Lower case, accents and apostrophes removed, "&" as "and", any other punctuation as one space. */
    public static String fold(String text) {
        String decomposed =
                Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’‘`´ʼ]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** A country recognised in a text: by its code, by a name, or by the start of its only matching name. */
    public record CountryMatch(String iso2, boolean byCode, boolean cutName) {}
}
