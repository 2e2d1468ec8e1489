package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/**
 * What an English number counts, from the words after it: a percentage, a measure ("60 kilograms", "a
 * six-metre hole", "three weeks"), money ("$136 million", "136 million U.S. dollars", "RM2.06 million"), or the
 * head of the noun phrase it counts ("30 police officers", "1,518 assault rifles", "five of them"). A number is no
 * figure when it is a year, an age ("35-year-old"), an ordinal, a time, part of a name ("COVID-19", "Article 5"),
 * the size of a list ("the top 50 suspects") or a threshold ("cases involving over 5 million yuan").
 */
final class EnglishCounts {

    // How many words after a number its counted noun may stand: "3 Chinese armed police vessels".
    private static final int NOUN_WORDS = 5;
    private static final Pattern HYPHENED = Pattern.compile("^-([a-z]+)(?:-([a-z]+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("^(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME =
            Pattern.compile("^(:\\d\\d|\\s*(a\\.m|p\\.m|am\\b|pm\\b|o'clock|hrs\\b|gmt))", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_OF =
            Pattern.compile("^\\s+of\\s+(?!them|whom|those|us)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIES_HYPHENED =
            Pattern.compile("^-(nation|country|party|way|sided|nations)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_OF = Pattern.compile(
            "(?i)\\b(?:number|numbers|total|tally|count|toll|figure) of ((?:[a-z'-]+\\s+){0,3}[a-z'-]+)");
    private static final Pattern ISO_DATE_BEFORE = Pattern.compile("\\d{4}-\\d{1,2}-$|\\d{4}-$");
    private static final Pattern ISO_DATE_AFTER =
            Pattern.compile("^-\\d{1,2}-\\d{1,2}\\b|^-\\d{2}\\b(?!\\s*(?:[a-z]))");
    private static final Pattern TIME_FRAME = Pattern.compile(
            "(?i)\\b(?:in|over|during|within|for|of)?\\s*(?:the|its|their)\\s+(?:last|past|next|first|coming|previous|"
                    + "final|following|initial)\\s+$");
    private static final Pattern AND_MONTHS = Pattern.compile(
            "(?i)^\\s+and\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months?\\b");
    private static final Map<String, String> WORD_VALUES = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"));
    private static final Pattern RESTATED = Pattern.compile("^\\s*\\(0*\\d+\\)");
    private static final Pattern CODE_AFTER = Pattern.compile("^(-?[A-Za-z]\\w*\\d|[/.]\\d|-\\d)");
    private static final Pattern CODE_BEFORE = Pattern.compile("([A-Za-z]-?|[A-Za-z]\\d*-|#|/)$");

    private final Map<String, String> nouns;
    private final Map<String, String> measures;
    private final Phrases currenciesAfter;
    private final Phrases symbols;
    private final Set<String> stops;
    private final Phrases names;
    private final Phrases lists;
    private final Phrases thresholds;
    private final Phrases people;
    private final Set<String> demonyms;

    EnglishCounts(Lexicon lexicon) {
        this.demonyms = lexicon.wordsByValue("demonym.").keySet().stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        this.nouns = lexicon.wordsByValue("noun.");
        this.measures = lexicon.wordsByValue("measure.");
        this.currenciesAfter = lexicon.phrases("currency.", Language.EN);
        this.symbols = lexicon.phrases("symbol.", Language.ZH);
        this.stops = Set.copyOf(lexicon.list("stop"));
        this.names = new Phrases(Map.of("yes", lexicon.list("namebefore")), Language.EN);
        this.lists = new Phrases(Map.of("yes", lexicon.list("listafter")), Language.EN);
        this.thresholds = new Phrases(Map.of("yes", lexicon.list("thresholdbefore")), Language.EN);
        this.people = new Phrases(Map.of("yes", lexicon.list("personafter")), Language.EN);
    }

    /** Whether the number is no figure whatever follows it: a year, an ordinal, a time, part of a code or name. */
    boolean notAFigure(String text, NumberMention number, boolean inWords) {
        String after = text.substring(number.end());
        String before = text.substring(0, number.start());
        // "one of the biggest operations", "a four-nation patrol": no count.
        if (inWords && number.value().intValue() == 1 && ONE_OF.matcher(after).find()) {
            return true;
        }
        if (PARTIES_HYPHENED.matcher(after).find()) {
            return true;
        }
        if (ORDINAL.matcher(after).find() || TIME.matcher(after).find()) {
            return true;
        }
        boolean signed = currencyBefore(text, number).isPresent();
        if (!inWords
                && !signed
                && (CODE_AFTER.matcher(after).find()
                        || CODE_BEFORE.matcher(before).find())) {
            return true;
        }
        if (ISO_DATE_BEFORE.matcher(before).find()
                || ISO_DATE_AFTER.matcher(after).find()
                || before.toLowerCase(Locale.ROOT).matches("(?s).*\\bmulti-\\s*$")) {
            return true;
        }
        // "in the last two weeks", "the first three months of 2024": the frame of a period, not a figure.
        String unit = measures.get(firstWord(after));
        if (TIME_FRAME.matcher(before).find()
                && unit != null
                && unit.matches("HOURS|DAYS|WEEKS|MONTHS|YEARS|DECADES")) {
            return true;
        }
        if (names.endOf(before) != null) {
            return true;
        }
        // The size of a list is no count: "the top 50", "the 100 most wanted".
        String lower = before.toLowerCase(Locale.ROOT);
        if (lower.endsWith("top ") || lower.endsWith("top-") || startsWith(lists, after)) {
            return true;
        }
        String unqualified = withoutQualifier(before);
        return unqualified.length() < before.length() && thresholds.endOf(unqualified) != null;
    }

    private static String firstWord(String text) {
        List<Word> words = EnglishWords.of(text);
        return words.isEmpty() ? "" : lower(words.get(0));
    }

    private static boolean startsWith(Phrases phrases, String text) {
        Phrases.Match match = phrases.startOf(text);
        return match != null && match.start() <= 1;
    }

    // "cases involving over 5 million yuan": the words before the qualifier.
    private static String withoutQualifier(String before) {
        return before.replaceAll(
                "(?i)(more than|over|above|at least|in excess of|exceeding|upwards of|not less than|no less than)\\s*$",
                "");
    }

    /** The currency a sign before the number names: "$", "US$", "RM", "£". */
    Optional<Counted> currencyBefore(String text, NumberMention number) {
        String before =
                text.substring(Math.max(0, number.start() - 6), number.start()).stripTrailing();
        Phrases.Match sign = symbols.endOf(before);
        if (sign == null || sign.end() != before.length()) {
            return Optional.empty();
        }
        // A sign of letters is a word of its own: "RM2.06 million", not "FIRM 5".
        int signStart = number.start() - (number.start() - Math.max(0, number.start() - 6)) + sign.start();
        if (Character.isLetter(text.charAt(signStart))
                && signStart > 0
                && Character.isLetter(text.charAt(signStart - 1))) {
            return Optional.empty();
        }
        return Optional.of(new Counted(new Unit(sign.value()), null, BigDecimal.ONE, signStart, number.end()));
    }

    /** What the words after the number say it counts, or empty when they say nothing the atlas can count. */
    Optional<Counted> after(String text, NumberMention number, boolean inWords) {
        String rest = text.substring(number.end());
        // "nine (09) individuals": the number again in brackets, then what it counts.
        Matcher again = RESTATED.matcher(rest);
        if (again.find()) {
            NumberMention past = new NumberMention(
                    number.value(), number.start(), number.end() + again.end(), number.qualifier(), inWords);
            return after(text, past, inWords);
        }
        Matcher hyphened = HYPHENED.matcher(rest);
        if (hyphened.find()) {
            return hyphenated(rest, number, hyphened);
        }
        List<Word> words = EnglishWords.of(rest);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Phrases.Match currency = currenciesAfter.startOf(rest);
        if (currency != null && currency.start() <= 1) {
            return Optional.of(new Counted(new Unit(currency.value()), null, number.end() + currency.end()));
        }
        String first = lower(words.get(0));
        // "the 147 strong force": people.
        if (first.equals("strong") && words.get(0).start() <= 1) {
            return Optional.of(
                    new Counted(Unit.PEOPLE, null, number.end() + words.get(0).end()));
        }
        String measure = measures.get(first);
        if (measure == null && words.size() > 1) {
            measure = measures.get(first + " " + lower(words.get(1)));
        }
        if (measure != null && words.get(0).start() <= 1) {
            if (isAge(words)) {
                return Optional.empty();
            }
            int end = number.end() + words.get(0).end();
            Optional<BigDecimal> months = measure.equals("YEARS") ? andMonths(text, end) : Optional.empty();
            if (months.isPresent() && number.value().signum() > 0) {
                BigDecimal years = number.value()
                        .add(months.get().divide(BigDecimal.valueOf(12), 6, java.math.RoundingMode.HALF_UP));
                Matcher and = AND_MONTHS.matcher(text.substring(end));
                int through = and.find() ? end + and.end() : end;
                return Optional.of(new Counted(
                        new Unit("YEARS"),
                        null,
                        years.divide(number.value(), 20, java.math.RoundingMode.HALF_UP),
                        through));
            }
            return Optional.of(measured(measure, end));
        }
        return noun(rest, words, number, inWords);
    }

    /** "three years and six months": a duration in two units, as years. */
    Optional<BigDecimal> andMonths(String text, int end) {
        Matcher months = AND_MONTHS.matcher(text.substring(end));
        if (!months.find()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(WORD_VALUES.getOrDefault(
                months.group(1).toLowerCase(Locale.ROOT), months.group(1).matches("\\d+") ? months.group(1) : "0")));
    }

    // A decade is ten years.
    private static Counted measured(String measure, int end) {
        return measure.equals("DECADES")
                ? new Counted(new Unit("YEARS"), null, BigDecimal.TEN, end)
                : new Counted(new Unit(measure), null, end);
    }

    // "35 years old", "aged 35": a person's age.
    private static boolean isAge(List<Word> words) {
        return words.size() > 1
                && lower(words.get(0)).startsWith("year")
                && lower(words.get(1)).equals("old");
    }

    // "a 13-year-old operation" lasts; "a 35-year-old man" is a person's age; "a six-metre hole", "a 500-strong
    // force", "a 10-nation operation".
    private Optional<Counted> hyphenated(String rest, NumberMention number, Matcher hyphened) {
        String word = hyphened.group(1).toLowerCase(Locale.ROOT);
        String second = hyphened.group(2) == null ? "" : hyphened.group(2).toLowerCase(Locale.ROOT);
        int end = number.end() + hyphened.end();
        if (second.isEmpty()
                && word.startsWith("year")
                && rest.substring(hyphened.end()).matches("(?is)^\\s+old\\b.*")) {
            second = "old";
            end = number.end() + hyphened.end() + rest.substring(hyphened.end()).indexOf("old") + 3;
        }
        if (second.equals("old")) {
            String following = text(rest, end - number.end());
            if (people.startOf(following) != null && people.startOf(following).start() <= 1) {
                return Optional.empty();
            }
        }
        if (word.equals("strong") || word.equals("member") || word.equals("man") || word.equals("person")) {
            return Optional.of(new Counted(Unit.PEOPLE, null, end));
        }
        String measure = measures.get(word);
        if (measure == null) {
            measure = measures.get(word + "s");
        }
        if (measure != null) {
            return Optional.of(measured(measure, end));
        }
        String noun = noun(word);
        return noun == null ? Optional.empty() : Optional.of(new Counted(new Unit(noun), null, end));
    }

    private static String text(String rest, int from) {
        return from >= rest.length() ? "" : rest.substring(from);
    }

    // The last counted noun of the phrase after the number, before a word that ends the phrase: "30 police
    // officers more than an hour" counts officers; "five of them" people; "ten of the suspects" suspects; "312
    // Chinese were deported", "64 South Koreans" people.
    private Optional<Counted> noun(String rest, List<Word> words, NumberMention number, boolean inWords) {
        String found = null;
        int foundEnd = 0;
        boolean nationality = false;
        int nationalityEnd = 0;
        int limit = inWords ? 3 : NOUN_WORDS;
        for (int i = 0; i < words.size() && i < limit + (found == null ? 0 : 1); i++) {
            Word word = words.get(i);
            String lower = lower(word);
            if (i == 0 && lower.equals("of") && words.size() > 1) {
                String next = lower(words.get(1));
                if (next.equals("them") || next.equals("whom") || next.equals("those") || next.equals("us")) {
                    return Optional.of(new Counted(
                            Unit.PEOPLE, null, number.end() + words.get(1).end()));
                }
                if (next.equals("the") || next.equals("these") || next.equals("their")) {
                    limit += 2;
                    i++;
                    continue;
                }
                // "8,400 of ecstasy pills".
                if (Character.isLetter(words.get(1).text().charAt(0))) {
                    limit++;
                    continue;
                }
            }
            // "211 are Indian nationals".
            if (i == 0
                    && (lower.equals("are") || lower.equals("were"))
                    && words.size() > 1
                    && Character.isUpperCase(words.get(1).text().charAt(0))) {
                limit++;
                continue;
            }
            if (!Character.isLetter(word.text().charAt(0))) {
                if (lower.equals("-") || lower.equals("'")) {
                    continue;
                }
                break;
            }
            // The longest counted noun starting here: "underground banks", not "banks".
            String unit = null;
            int last = i;
            for (int length = Math.min(3, words.size() - i); length >= 1 && unit == null; length--) {
                StringBuilder phrase = new StringBuilder(lower);
                for (int j = i + 1; j < i + length; j++) {
                    phrase.append(' ').append(lower(words.get(j)));
                }
                unit = noun(phrase.toString());
                last = i + length - 1;
            }
            if (unit != null) {
                found = unit;
                foundEnd = words.get(last).end();
                i = last;
                continue;
            }
            if (demonym(word)) {
                nationality = true;
                nationalityEnd = word.end();
                limit++;
                continue;
            }
            // "Chinese and Taiwanese suspects": a conjunction between nationalities goes on.
            if ((lower.equals("and") || lower.equals("or")) && nationality && found == null) {
                continue;
            }
            // "64 Republic of Korea's citizens": "of" inside a name goes on.
            if (lower.equals("of")
                    && found == null
                    && i > 0
                    && i + 1 < words.size()
                    && Character.isUpperCase(words.get(i - 1).text().charAt(0))
                    && Character.isUpperCase(words.get(i + 1).text().charAt(0))) {
                limit++;
                continue;
            }
            if (stops.contains(lower) || found != null) {
                break;
            }
        }
        if (found == null) {
            return nationality
                    ? Optional.of(new Counted(Unit.PEOPLE, null, number.end() + nationalityEnd))
                    : Optional.empty();
        }
        Qualifier after = null;
        String tail = rest.substring(foundEnd).toLowerCase(Locale.ROOT);
        if (tail.startsWith(" or more")) {
            after = Qualifier.AT_LEAST;
        }
        return Optional.of(new Counted(new Unit(found), after, number.end() + foundEnd));
    }

    // "Chinese", "Koreans", "South Koreans": a nationality, as a word of a country's people.
    private boolean demonym(Word word) {
        if (!Character.isUpperCase(word.text().charAt(0))) {
            return false;
        }
        String lower = lower(word);
        return demonyms.contains(lower)
                || lower.endsWith("s") && demonyms.contains(lower.substring(0, lower.length() - 1))
                || lower.equals("south")
                || lower.equals("north")
                || lower.equals("new");
    }

    /**
     * What a number with no counted noun after it counts when the sentence named it before: "the number of drug
     * mules … has dropped from 1,000 a year to five".
     */
    Optional<Unit> named(String text, NumberMention number) {
        Matcher named = NUMBER_OF.matcher(text.substring(0, number.start()));
        String unit = null;
        while (named.find()) {
            String[] words = named.group(1).toLowerCase(Locale.ROOT).split("\\s+");
            for (String word : words) {
                String counted = noun(word);
                unit = counted == null ? unit : counted;
            }
        }
        return Optional.ofNullable(unit).map(Unit::new);
    }

    /** The unit a counted noun stands for, in the singular or the plural. */
    String noun(String lower) {
        String word = lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1
                ? lower.substring(0, lower.length() - 1)
                : lower;
        word = word.replace('’', '\'');
        String unit = nouns.get(word);
        if (unit == null && word.endsWith("ies")) {
            unit = nouns.get(word.substring(0, word.length() - 3) + "y");
        }
        if (unit == null && word.endsWith("es")) {
            unit = nouns.get(word.substring(0, word.length() - 2));
        }
        if (unit == null && word.endsWith("s")) {
            unit = nouns.get(word.substring(0, word.length() - 1));
        }
        return unit;
    }

    private static String lower(Word word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1
                ? lower.substring(0, lower.length() - 1)
                : lower;
    }
}
