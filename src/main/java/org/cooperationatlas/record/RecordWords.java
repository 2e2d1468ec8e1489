package org.cooperationatlas.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a text filter finds a record by. Letters and digits make words, lower-cased and without accents, so
 * "Côte" is found by "cote"; Chinese, Japanese and Korean text has no spaces, so every two neighbouring characters
 * make a word (and the last one of a run makes one alone). A filter term matches the start of a word: "patrol"
 * finds "patrols", "巡逻" finds "巡逻队".
 */
public final class RecordWords {

    /** The longest word kept; longer words and terms are cut to it, which keeps the matching by their start. */
    public static final int MAX_LENGTH = 40;

    private RecordWords() {}

    /** The distinct words of the texts; null texts have none. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                words.addAll(split(text, true));
            }
        }
        return words;
    }

    /**
     * The terms a filter's text asks for, each to match the start of a word of the record: the first
     * {@value RecordFilter#MAX_TERMS}, whatever the text, so that no text costs more than that many look-ups.
     */
    public static List<String> terms(String text) {
        return text == null
                ? List.of()
                : new LinkedHashSet<>(split(text, false))
                        .stream().limit(RecordFilter.MAX_TERMS).toList();
    }

    /** How many terms the text asks for, before any are left out. */
    public static int countTerms(String text) {
        return text == null ? 0 : new LinkedHashSet<>(split(text, false)).size();
    }

    /**
     * The first text past every word that starts with {@code prefix}: the prefix with its last character moved
     * one on. A term then matches the words in [prefix, end), a range that every database reads from an index
     * (a LIKE whose pattern is a parameter is not, on H2).
     */
    public static String end(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last))
                + new String(Character.toChars(last + 1));
    }

    private static List<String> split(String text, boolean lastCharacterAlone) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] points = folded.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int point = points[i];
            if (isCjk(point)) {
                flush(word, words);
                boolean nextIsCjk = i + 1 < points.length && isCjk(points[i + 1]);
                if (nextIsCjk) {
                    words.add(new String(points, i, 2));
                } else if (lastCharacterAlone || i == 0 || !isCjk(points[i - 1])) {
                    words.add(new String(points, i, 1));
                }
            } else if (Character.isLetterOrDigit(point)) {
                word.appendCodePoint(point);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            String whole = word.toString();
            words.add(whole.length() > MAX_LENGTH ? whole.substring(0, MAX_LENGTH) : whole);
            word.setLength(0);
        }
    }

    private static boolean isCjk(int point) {
        Character.UnicodeScript script = Character.UnicodeScript.of(point);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
