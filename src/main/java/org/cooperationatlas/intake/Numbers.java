package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a sentence: digits with thousands separators and decimals ("2,873", "8.99"), scaled by a
 * word or character after them ("8.99 billion", "89.9亿", "1.5万"), numbers in words ("five", "a dozen", "two
 * hundred") and Chinese numerals ("三千五百", "两万").
 */
final class Numbers {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,])" + "|(?<![\\d.,])\\d+(?:\\.\\d+)?(?![\\d])");
    private static final Pattern HAN_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");

    private final Language language;
    private final Phrases words;
    private final Phrases scales;
    private final Map<String, List<String>> hanDigits;
    private final Map<String, List<String>> hanScales;

    Numbers(Language language) {
        this.language = language;
        Lexicon lexicon = Lexicon.of(language);
        this.words = lexicon.phrases("number.", language);
        this.scales = lexicon.phrases("scale.", language);
        this.hanDigits = lexicon.group("digit.");
        this.hanScales = lexicon.group("scale.");
    }

    List<NumberMention> in(String sentence) {
        List<NumberMention> found = new ArrayList<>();
        Matcher digits = DIGITS.matcher(sentence);
        while (digits.find()) {
            BigDecimal value = new BigDecimal(digits.group().replace(",", ""));
            int end = digits.end();
            Phrases.Match scale = scales.startOf(sentence.substring(end));
            if (scale != null) {
                value = value.multiply(new BigDecimal(scale.value()));
                end = end + scale.end();
            }
            found.add(new NumberMention(value.stripTrailingZeros(), digits.start(), end));
        }
        if (language.spacesBetweenWords()) {
            for (Phrases.Match word : words.in(sentence)) {
                if (overlaps(found, word.start(), word.end())) {
                    continue;
                }
                BigDecimal value = new BigDecimal(word.value());
                int end = word.end();
                Phrases.Match scale = scales.startOf(sentence.substring(end));
                if (scale != null && new BigDecimal(scale.value()).compareTo(value) > 0) {
                    value = value.multiply(new BigDecimal(scale.value()));
                    end = end + scale.end();
                }
                found.add(new NumberMention(value, word.start(), end));
            }
        } else {
            Matcher han = HAN_NUMERAL.matcher(sentence);
            while (han.find()) {
                if (!overlaps(found, han.start(), han.end())
                        && han.group().codePoints().anyMatch(c -> isDigit(c))) {
                    found.add(new NumberMention(hanValue(han.group()), han.start(), han.end()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(NumberMention::start));
        return found;
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
