package org.cooperationatlas.search;

import java.util.List;
import java.util.Set;

/**
 * How the records grid finds the records of a text filter, whose every term must start a word of the record's
 * title or summary. When at most {@link WordCounts#FEW} records match, they are found in the word index first and
 * the page is read by their ids ({@code candidates}); when more match, each record is checked for the words in
 * the order the page asks for, and a page fills after a few hundred records at most ({@code candidates} null).
 *
 * <p>{@code sortFetched}: the candidates' page is read by their ids and then sorted. Otherwise the database may
 * walk an index in the page's order and test each entry's id, which H2 does from the index entry alone (cheaper
 * than fetching every candidate) but PostgreSQL only after fetching each row from the table (far dearer).
 */
public record TextSearch(List<String> terms, Set<Long> candidates, boolean sortFetched) {

    static final TextSearch NONE = new TextSearch(List.of(), null, false);
}
