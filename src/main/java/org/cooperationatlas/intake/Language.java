package org.cooperationatlas.intake;

import java.util.Locale;

/**
 * The languages the intake reads. Each has a lexicon of its own (resources intake/lexicon_xx.properties) and the
 * same engine: adding a language is adding its lexicon and the few facts below.
 */
public enum Language {
    EN(Locale.ENGLISH, true, ".!?"),
    ZH(Locale.SIMPLIFIED_CHINESE, false, "。！？；!?;");

    private final Locale locale;
    private final boolean spacesBetweenWords;
    private final String sentenceEnds;

    Language(Locale locale, boolean spacesBetweenWords, String sentenceEnds) {
        this.locale = locale;
        this.spacesBetweenWords = spacesBetweenWords;
        this.sentenceEnds = sentenceEnds;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether words stand apart, so that a phrase matches only a whole word (English) or anywhere (Chinese). */
    boolean spacesBetweenWords() {
        return spacesBetweenWords;
    }

    boolean endsSentence(char c) {
        return sentenceEnds.indexOf(c) >= 0;
    }

    /** Chinese when a fifth of the letters are Han characters, English otherwise. */
    public static Language of(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long han = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        return letters > 0 && han * 5 >= letters ? ZH : EN;
    }
}
