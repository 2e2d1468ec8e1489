package org.cooperationatlas.intake;

/** One sentence of an article and where it stands in the text (start inclusive, end exclusive). */
public record Sentence(int start, int end, String text) {}
