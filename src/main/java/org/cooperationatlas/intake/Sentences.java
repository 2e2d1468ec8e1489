package org.cooperationatlas.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences with their places in it: at a sentence's end mark (English . ! ?, Chinese 。！？；)
 * followed by a space, a line break, a closing quote or the text's end, and at every blank line; not after an
 * abbreviation ("U.S.") or inside a number ("8.99").
 */
final class Sentences {

    private Sentences() {}

    static List<Sentence> of(String text, Language language) {
        return of(text, text, language);
    }

    /** The sentences of a text, split where its reading ends them, each with its text and its reading. */
    static List<Sentence> of(String original, String text, Language language) {
        Set<String> abbreviations = Set.copyOf(Lexicon.of(language).list("abbreviations"));
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n';
            if (lineBreak || (language.endsSentence(c) && ends(text, i, language, abbreviations))) {
                int end = lineBreak ? i : closingQuotesAfter(text, i + 1);
                add(sentences, original, text, start, end);
                start = end;
                i = Math.max(i, end - 1);
            }
        }
        add(sentences, original, text, start, text.length());
        return sentences;
    }

    private static boolean ends(String text, int at, Language language, Set<String> abbreviations) {
        int next = at + 1;
        if (!language.spacesBetweenWords()) {
            return true;
        }
        if (next < text.length()
                && !Character.isWhitespace(text.charAt(next))
                && "\"'”’)".indexOf(text.charAt(next)) < 0) {
            return false;
        }
        if (text.charAt(at) != '.') {
            return true;
        }
        int wordStart = at;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, at).toLowerCase(Locale.ROOT);
        return !abbreviations.contains(word) && !(word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)));
    }

    private static int closingQuotesAfter(String text, int from) {
        int end = from;
        while (end < text.length() && "\"'”’」』)".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private static void add(List<Sentence> sentences, String original, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, original.substring(start, end), text.substring(start, end)));
        }
    }
}
