package org.cooperationatlas.intake;

/**
 * One sentence of an article and where it stands in the text (start inclusive, end exclusive): its text as
 * written, and as the intake reads it (full-width digits and signs as ASCII, traditional Chinese as simplified),
 * letter for letter, so that a place in one is the same place in the other.
 */
public record Sentence(int start, int end, String text, String reading) {

    public Sentence(int start, int end, String text) {
        this(start, end, text, text);
    }
}
