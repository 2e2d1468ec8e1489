package org.cooperationatlas.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a lexicon group's phrases in a text, longest first, each standing for its value: whole words in a
 * language with spaces, anywhere in one without.
 */
final class Phrases {

    private final List<Entry> entries = new ArrayList<>();
    private final boolean wholeWords;

    Phrases(Map<String, List<String>> byValue, Language language) {
        byValue.forEach((value, phrases) -> phrases.forEach(phrase -> entries.add(new Entry(value, phrase))));
        entries.sort(
                Comparator.comparingInt((Entry entry) -> entry.phrase.length()).reversed());
        this.wholeWords = language.spacesBetweenWords();
    }

    /** Every match in the text, none overlapping another, in the order of the text. */
    List<Match> in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries) {
            for (int at = lower.indexOf(entry.phrase); at >= 0; at = lower.indexOf(entry.phrase, at + 1)) {
                int end = at + entry.phrase.length();
                if (fits(lower, at, end) && free(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    matches.add(new Match(entry.value, at, end));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    /** The value of the first phrase that starts the text (after spaces), if any. */
    Match startOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int offset = 0;
        while (offset < lower.length() && Character.isWhitespace(lower.charAt(offset))) {
            offset++;
        }
        for (Entry entry : entries) {
            int end = offset + entry.phrase.length();
            if (lower.startsWith(entry.phrase, offset) && fits(lower, offset, end)) {
                return new Match(entry.value, offset, end);
            }
        }
        return null;
    }

    /** The value of the phrase that ends the text (before spaces), if any. */
    Match endOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
            end--;
        }
        for (Entry entry : entries) {
            int start = end - entry.phrase.length();
            if (start >= 0 && lower.startsWith(entry.phrase, start) && fits(lower, start, end)) {
                return new Match(entry.value, start, end);
            }
        }
        return null;
    }

    private boolean fits(String text, int start, int end) {
        if (!wholeWords) {
            return true;
        }
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end >= text.length()
                || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
        return before && after;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private record Entry(String value, String phrase) {}

    record Match(String value, int start, int end) {}
}
