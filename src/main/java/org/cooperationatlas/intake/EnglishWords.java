package org.cooperationatlas.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words where they stand: words with their inner dots, apostrophes and hyphens ("U.S.", "year-old"),
 * numbers with their separators ("2,873", "8.99"), currency signs and other marks one by one.
 */
final class EnglishWords {

    private static final Pattern WORD = Pattern.compile(
            "\\d[\\d,]*(?:\\.\\d+)?" + "|[A-Za-z]+(?:[.'’-][A-Za-z]+)*(?:\\.(?=[A-Za-z]))?\\.?" + "|[^\\s\\w]");

    private EnglishWords() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group(), matcher.start(), matcher.end(), null));
        }
        return words;
    }
}
