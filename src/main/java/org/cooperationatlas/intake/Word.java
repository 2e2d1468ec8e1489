package org.cooperationatlas.intake;

/**
 * A word of a sentence, where it stands, and its part of speech when the segmenter gives one: HanLP's tags for
 * Chinese ("m" a numeral, "q" a measure word, "n" a noun, "ns" a place), none for English.
 */
record Word(String text, int start, int end, String tag) {

    boolean isNumeral() {
        return tag != null && (tag.equals("m") || tag.equals("mq"));
    }

    boolean isPlace() {
        return tag != null && tag.startsWith("ns");
    }
}
