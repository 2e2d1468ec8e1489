package org.cooperationatlas.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Function;

/**
 * One page of results, written as JSON or as a CSV table of the same rows (see {@link CsvMessageConverter}). There
 * is no total (counting a million rows for every page would cost more than the page); {@code next} is the address
 * of the following page, or null on the last one, and the response's {@code Link} header says the same: for
 * records, figures and contributions it carries the {@code after} cursor of this page's last row, and {@code page}
 * only counts the pages followed.
 */
@JsonPropertyOrder({"page", "size", "items", "next"})
final class ApiPage<T> implements Tabular {

    private final int page;
    private final int size;
    private final List<T> items;
    private final String next;
    private final String name;
    private final List<String> headers;
    private final Function<T, List<String>> row;

    ApiPage(
            int page,
            int size,
            List<T> items,
            String next,
            String name,
            List<String> headers,
            Function<T, List<String>> row) {
        this.page = page;
        this.size = size;
        this.items = items;
        this.next = next;
        this.name = name;
        this.headers = headers;
        this.row = row;
    }

    @JsonProperty
    int page() {
        return page;
    }

    @JsonProperty
    int size() {
        return size;
    }

    @JsonProperty
    List<T> items() {
        return items;
    }

    @JsonProperty
    String next() {
        return next;
    }

    @JsonIgnore
    @Override
    public String name() {
        return name;
    }

    @JsonIgnore
    @Override
    public List<String> headers() {
        return headers;
    }

    @JsonIgnore
    @Override
    public Iterable<List<String>> rows() {
        return items.stream().map(row).toList();
    }
}
