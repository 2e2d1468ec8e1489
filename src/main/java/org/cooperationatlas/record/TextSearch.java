package org.cooperationatlas.record;

import java.util.List;
import java.util.Set;

/**
 * How the records grid finds the records of a text filter, whose every term must start a word of the record's
 * title or summary. When at most {@link WordCounts#FEW} records match, they are found in the word index first and
 * the page is read by their ids ({@code candidates}); when more match, each record is checked for the words in
 * the order the page asks for, and a page fills after a few hundred records at most ({@code candidates} null).
 */
record TextSearch(List<String> terms, Set<Long> candidates) {

    static final TextSearch NONE = new TextSearch(List.of(), null);
}
