package org.cooperationatlas.record;

import java.util.List;

/**
 * How the text filter finds its records: each term must start a word of the record's title or summary. With
 * {@code fromIndex}, the records are found through the word index from the first (rarest) term: right when few
 * records match. Otherwise each record, in the order asked for, is checked for its words: right when many match,
 * since a page then fills after a few records.
 *
 * @param terms the filter's terms, rarest first
 */
record TextSearch(List<String> terms, boolean fromIndex) {

    static final TextSearch NONE = new TextSearch(List.of(), false);

    boolean isEmpty() {
        return terms.isEmpty();
    }
}
