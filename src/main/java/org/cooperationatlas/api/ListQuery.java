package org.cooperationatlas.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The paging every list shares: a page number within the first rows, or the {@code after} cursor of the last. */
interface ListQuery {

    int DEFAULT_SIZE = 50;
    int MAX_SIZE = 1000;
    int MAX_OFFSET = 10_000;

    Integer page();

    Integer size();

    String after();

    default int pageNumber() {
        return page() == null ? 0 : Math.max(0, page());
    }

    /** The page size asked for, within 1 and {@value #MAX_SIZE}. */
    default int pageSize() {
        return Math.min(MAX_SIZE, Math.max(1, size() == null ? DEFAULT_SIZE : size()));
    }

    default String cursor() {
        return after() == null || after().isBlank() ? null : after().strip();
    }

    /**
     * The page found by counting rows from the start: only within the first {@value #MAX_OFFSET} rows, past which
     * counting would cost seconds; deeper pages are reached by the {@code after} cursor of their {@code next}
     * address.
     */
    default PageRequest offsetPage(Sort sort) {
        if ((long) pageNumber() * pageSize() >= MAX_OFFSET) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "A page number reaches the first " + MAX_OFFSET
                            + " rows; follow each page's `next` address (its `after` cursor) to read further");
        }
        return PageRequest.of(pageNumber(), pageSize(), sort);
    }
}
