package org.cooperationatlas.record;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Finds the rows of the records grid for a filter, page by page, in an order a reader chose. The record feature
 * states what its grid needs; the search feature, which owns the word index and the query plans, provides it.
 */
public interface RecordFinder {

    /** Grid columns that may be sorted on: each is backed by an index. */
    Set<String> SORTABLE = Set.of("title", "kind", "periodFrom", "leadCountry");

    /**
     * One page of grid rows. A slice, not a page: the grid scrolls on without a count query, and partners and
     * headline figures come in one query each for the whole page.
     */
    List<RecordRow> list(RecordFilter filter, Pageable pageable);

    /**
     * The rows that follow {@code after} in the given order (keyset paging), skipping the first {@code skip}:
     * the page a grid scrolls to next, found through the sort column's index at any depth.
     */
    List<RecordRow> listAfter(RecordFilter filter, Sort order, SeekKey after, int skip, int size);
}
