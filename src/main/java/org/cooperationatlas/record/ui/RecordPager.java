package org.cooperationatlas.record.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.record.SeekKey;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Pages of grid rows for one reader, remembering the last row of each page it served: the next page then starts
 * after that row (keyset paging) instead of counting past every earlier one. A grid scrolls page after page, so
 * at any depth a page costs what the first one does. A page with no remembered row before it, or far past one,
 * falls back to OFFSET. Forgets everything when the filter or the order changes.
 */
public class RecordPager implements Serializable {

    // Beyond this many rows past a remembered row, OFFSET from the start is no worse than reading and skipping them.
    private static final int MAX_SKIP = 500;
    // A grid scrolls on from the last few pages; older bookmarks would only weigh on the session.
    private static final int MAX_BOOKMARKS = 20;

    private final TreeMap<Long, SeekKey> lastRowBefore = new TreeMap<>();
    private RecordFilter filter;
    private Sort sort;

    public List<RecordRow> page(RecordFinder records, RecordFilter filter, Pageable pageable) {
        if (!Objects.equals(filter, this.filter) || !Objects.equals(pageable.getSort(), sort)) {
            lastRowBefore.clear();
            this.filter = filter;
            this.sort = pageable.getSort();
        }
        long offset = pageable.getOffset();
        Map.Entry<Long, SeekKey> bookmark = lastRowBefore.floorEntry(offset);
        List<RecordRow> rows;
        if (offset == 0 || bookmark == null || offset - bookmark.getKey() > MAX_SKIP) {
            rows = records.list(filter, pageable);
        } else {
            rows = records.listAfter(
                    filter,
                    pageable.getSort(),
                    bookmark.getValue(),
                    (int) (offset - bookmark.getKey()),
                    pageable.getPageSize());
        }
        if (!rows.isEmpty()) {
            lastRowBefore.put(offset + rows.size(), SeekKey.of(rows.get(rows.size() - 1)));
            while (lastRowBefore.size() > MAX_BOOKMARKS) {
                lastRowBefore.pollFirstEntry();
            }
        }
        return rows;
    }

    /** Page after page from the first, each starting after the previous one's last row. */
    public List<RecordRow> page(RecordFinder records, RecordFilter filter, int page, int size, Sort order) {
        return page(records, filter, PageRequest.of(page, size, order));
    }
}
