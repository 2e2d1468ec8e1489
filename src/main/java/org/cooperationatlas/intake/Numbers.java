package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperationatlas.base.domain.Qualifier;

/**
 * Reads the numbers of a sentence: digits with thousands separators and decimals ("2,873", "8.99"), scaled by a
 * word or character after them ("8.99 billion", "89.9亿", "1.5万"), numbers in words ("five", "twenty-five", "two
 * hundred", "seven million"), Chinese numerals ("三千五百", "两万", "十"), and the round numbers the press writes for
 * a count it does not give exactly, each with its qualifier ("dozens of", "hundreds of", "上百", "数十").
 */
final class Numbers {

    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)"
            // "11 000 officers": thousands grouped with spaces.
            + "|(?<![\\d.,-])\\d{1,3}(?: \\d{3})+(?![\\d.,]\\d)"
            // "2,5 million": a decimal comma before a scale.
            + "|(?<![\\d.,])\\d+,\\d{1,2}(?=\\s+(?:million|billion|thousand|mln|bn)\\b)"
            // "10.000 Euros": thousands grouped with dots, as much of Europe writes them.
            + "|(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?![\\d.,])"
            + "|(?<![\\d.,])\\d+(?:\\.\\d+)?(?![\\d])");
    private static final Pattern MORE_AFTER_SCALE = Pattern.compile("^(\\d+(?:\\.\\d+)?)(万|千|百|)(?![\\d.])");
    private static final Pattern HALF = Pattern.compile("半(?=个月|年|小时|天|数)");
    private static final Pattern HAN_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b[a-z]+\\b");
    private static final Pattern GLUE = Pattern.compile("^(?:\\s*-\\s*|\\s+and\\s+|,\\s+|\\s+)(?=[a-z])");
    // "more than an hour", "almost a year": one of a time, where a qualifier says so.
    private static final Pattern ONE_OF_A_TIME = Pattern.compile(
            "(?i)\\b(?:more than|over|almost|nearly|about|around|some|at least|less than|under|just over|just under|"
                    + "well over|close to|roughly)\\s+(an?)\\s+(?:hour|day|week|month|year|decade)\\b");

    private final Language language;
    private final Phrases words;
    private final Phrases scales;
    private final Phrases rounds;
    private final Map<String, List<String>> hanDigits;
    private final Map<String, List<String>> hanScales;

    Numbers(Language language) {
        this.language = language;
        Lexicon lexicon = Lexicon.of(language);
        this.words = lexicon.phrases("number.", language);
        this.scales = lexicon.phrases("scale.", language);
        this.rounds = lexicon.phrases("round.", language);
        this.hanDigits = lexicon.group("digit.");
        this.hanScales = lexicon.group("scale.");
    }

    List<NumberMention> in(String sentence) {
        List<NumberMention> found = new ArrayList<>();
        for (Phrases.Match round : rounds.in(sentence)) {
            if (round.start() > 0 && Character.isDigit(sentence.charAt(round.start() - 1))) {
                continue;
            }
            found.add(new NumberMention(
                    new BigDecimal(round.value()), round.start(), round.end(), Qualifier.MORE_THAN, true));
        }
        Matcher digits = DIGITS.matcher(sentence);
        while (digits.find()) {
            if (overlaps(found, digits.start(), digits.end())) {
                continue;
            }
            String written = digits.group();
            boolean dottedThousands =
                    written.matches("\\d{1,3}(\\.\\d{3})+") && scales.startOf(sentence.substring(digits.end())) == null;
            // "2,5 million": a decimal comma before a scale.
            boolean decimalComma = language.spacesBetweenWords()
                    && written.matches("\\d+,\\d{1,2}")
                    && scales.startOf(sentence.substring(digits.end())) != null;
            BigDecimal value = new BigDecimal(
                    dottedThousands
                            ? written.replace(".", "")
                            : decimalComma
                                    ? written.replace(',', '.')
                                    : written.replace(",", "").replace(" ", ""));
            int end = digits.end();
            // "$242-million": a scale after a hyphen.
            if (language.spacesBetweenWords() && sentence.startsWith("-", end)) {
                Phrases.Match hyphenScale = scales.startOf(sentence.substring(end + 1));
                if (hyphenScale != null
                        && hyphenScale.start() == 0
                        && hyphenScale.value().length() > 3) {
                    end++;
                }
            }
            Phrases.Match scale = scales.startOf(sentence.substring(end));
            // "5千克", "3千米": kilograms and kilometres, not thousands.
            boolean measureWord = !language.spacesBetweenWords()
                    && (sentence.startsWith("千克", end)
                            || sentence.startsWith("千米", end)
                            || sentence.startsWith("千瓦", end)
                            || sentence.startsWith("百分", end));
            if (scale != null && !measureWord && (language.spacesBetweenWords() || scale.start() == 0)) {
                value = value.multiply(new BigDecimal(scale.value()));
                end = end + scale.end();
                // "1.2万亿": a scale on a scale.
                Phrases.Match second = scales.startOf(sentence.substring(end));
                if (!language.spacesBetweenWords() && second != null && second.start() == 0) {
                    value = value.multiply(new BigDecimal(second.value()));
                    end = end + second.end();
                }
            }
            if (!language.spacesBetweenWords()) {
                // "1亿1887万8056", "24万5000": what follows a scale counts in the smaller one after it.
                Matcher more = MORE_AFTER_SCALE.matcher(sentence.substring(end));
                while (end > digits.end() && more.find() && more.start() == 0) {
                    BigDecimal part = new BigDecimal(more.group(1));
                    String partScale = more.group(2);
                    BigDecimal factor = partScale.isEmpty() ? BigDecimal.ONE : hanScale(partScale);
                    value = value.add(part.multiply(factor));
                    end += more.end();
                    if (partScale.isEmpty()) {
                        break;
                    }
                    more = MORE_AFTER_SCALE.matcher(sentence.substring(end));
                }
            }
            found.add(new NumberMention(value.stripTrailingZeros(), digits.start(), end));
        }
        if (language.spacesBetweenWords()) {
            inWords(sentence, found);
        } else {
            Matcher han = HAN_NUMERAL.matcher(sentence);
            while (han.find()) {
                if (overlaps(found, han.start(), han.end())) {
                    continue;
                }
                String numeral = han.group();
                // "逾千人", "近万名": a scale alone is a number where a qualifier stands before it or after it.
                boolean scaleAlone = numeral.length() == 1
                        && "百千万".contains(numeral)
                        && (han.start() > 0 && "逾近约超过达上数几".indexOf(sentence.charAt(han.start() - 1)) >= 0
                                || sentence.startsWith("余", han.end())
                                || sentence.startsWith("多", han.end()));
                if (numeral.codePoints().anyMatch(this::isDigit) || numeral.startsWith("十") || scaleAlone) {
                    found.add(new NumberMention(hanValue(numeral), han.start(), han.end(), null, true));
                }
            }
            // "半个月", "半年": half of a time; "半数": half of them.
            Matcher half = HALF.matcher(sentence);
            while (half.find()) {
                if (!overlaps(found, half.start(), half.end())
                        && (half.start() == 0 || !isHanNumeral(sentence.charAt(half.start() - 1)))) {
                    found.add(new NumberMention(new BigDecimal("0.5"), half.start(), half.start() + 1, null, true));
                }
            }
        }
        found.sort(Comparator.comparingInt(NumberMention::start));
        return found;
    }

    // "five", "twenty-five", "two hundred", "seven million", "a dozen", "one hundred and sixty-nine thousand,
    // eight hundred and fifty": a run of number words and scales is one number, each word where it may follow the
    // one before ("two, three" are two numbers).
    private void inWords(String sentence, List<NumberMention> found) {
        Matcher one = ONE_OF_A_TIME.matcher(sentence);
        while (one.find()) {
            found.add(new NumberMention(BigDecimal.ONE, one.start(1), one.end(1), null, true));
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        Matcher token = NUMBER_WORD.matcher(lower);
        int from = 0;
        while (from < lower.length() && token.find(from)) {
            int start = token.start();
            from = token.end();
            if (overlaps(found, start, token.end())) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal current = BigDecimal.ZERO;
            WordKind last = null;
            int end = start;
            int at = start;
            String glue = "";
            while (token.find(at) && token.start() == at) {
                String text = token.group();
                WordKind kind;
                BigDecimal value;
                if ((text.equals("a") || text.equals("an")) && last == null) {
                    kind = WordKind.ARTICLE;
                    value = BigDecimal.ONE;
                } else {
                    Phrases.Match number = words.startOf(text);
                    Phrases.Match scale = scales.startOf(text);
                    if (number != null && number.end() == text.length()) {
                        value = new BigDecimal(number.value());
                    } else if (scale != null && scale.end() == text.length()) {
                        value = new BigDecimal(scale.value());
                    } else {
                        break;
                    }
                    kind = text.startsWith("dozen") ? WordKind.DOZEN : WordKind.of(value);
                    if (!WordKind.follows(last, kind, glue)) {
                        break;
                    }
                }
                if (kind == WordKind.ARTICLE) {
                    current = BigDecimal.ONE;
                } else if (kind == WordKind.HUNDRED || kind == WordKind.DOZEN) {
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(value);
                } else if (kind == WordKind.BIG) {
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(value));
                    current = BigDecimal.ZERO;
                } else {
                    current = current.add(value);
                }
                last = kind;
                end = token.end();
                Matcher between = GLUE.matcher(lower.substring(end));
                if (!between.find()) {
                    break;
                }
                glue = between.group().strip();
                at = end + between.end();
            }
            if (last != null && last != WordKind.ARTICLE) {
                found.add(new NumberMention(total.add(current), start, end, null, true));
                from = end;
            }
        }
    }

    /** The kinds of number words, for which may follow which: "twenty-five", "five hundred", not "five twenty". */
    private enum WordKind {
        ARTICLE,
        UNIT,
        TEEN,
        TENS,
        DOZEN,
        HUNDRED,
        BIG;

        static WordKind of(BigDecimal value) {
            int v = value.intValue();
            if (value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                return BIG;
            }
            if (v == 100) {
                return HUNDRED;
            }
            if (v == 12 && value.scale() <= 0) {
                return UNIT;
            }
            return v < 10 ? UNIT : v < 20 ? TEEN : TENS;
        }

        static boolean follows(WordKind last, WordKind next, String glue) {
            if (last == null) {
                return true;
            }
            boolean comma = glue.equals(",");
            boolean and = glue.equals("and");
            return switch (last) {
                case ARTICLE -> (next == HUNDRED || next == BIG || next == DOZEN) && glue.isEmpty();
                case UNIT, TEEN -> (next == HUNDRED || next == BIG || next == DOZEN) && !comma && !and;
                case TENS -> (next == UNIT && !comma && !and) || (next == BIG || next == HUNDRED) && glue.isEmpty();
                case DOZEN -> false;
                case HUNDRED -> next == UNIT || next == TEEN || next == TENS || next == BIG && !comma && !and;
                case BIG -> next != BIG && next != DOZEN || !comma && !and;
            };
        }
    }

    private static boolean isHanNumeral(char c) {
        return "零〇一二两三四五六七八九十百千万亿".indexOf(c) >= 0;
    }

    private boolean isDigit(int c) {
        String character = new String(Character.toChars(c));
        return hanDigits.values().stream().anyMatch(list -> list.contains(character));
    }

    // 三千五百 = 3,500; 两万 = 20,000; 十二 = 12; 一亿二千万 = 120,000,000.
    private BigDecimal hanValue(String numeral) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal digit = null;
        for (int i = 0; i < numeral.length(); i++) {
            String c = numeral.substring(i, i + 1);
            Integer d = hanDigit(c);
            if (d != null) {
                digit = BigDecimal.valueOf(d);
                continue;
            }
            BigDecimal scale = hanScale(c);
            if (scale.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                section = section.add(digit == null ? BigDecimal.ZERO : digit);
                total = total.add(section.signum() == 0 ? scale : section.multiply(scale));
                section = BigDecimal.ZERO;
            } else {
                section = section.add((digit == null ? BigDecimal.ONE : digit).multiply(scale));
            }
            digit = null;
        }
        return total.add(section).add(digit == null ? BigDecimal.ZERO : digit);
    }

    private Integer hanDigit(String c) {
        for (Map.Entry<String, List<String>> entry : hanDigits.entrySet()) {
            if (entry.getValue().contains(c)) {
                return Integer.valueOf(entry.getKey());
            }
        }
        return null;
    }

    private BigDecimal hanScale(String c) {
        for (Map.Entry<String, List<String>> entry : hanScales.entrySet()) {
            if (entry.getValue().contains(c)) {
                return new BigDecimal(entry.getKey());
            }
        }
        return BigDecimal.ONE;
    }

    private static boolean overlaps(List<NumberMention> found, int start, int end) {
        return found.stream().anyMatch(number -> start < number.end() && number.start() < end);
    }
}
