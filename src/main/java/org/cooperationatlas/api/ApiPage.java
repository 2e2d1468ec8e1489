package org.cooperationatlas.api;

import java.util.List;

/**
 * One page of results. There is no total (counting a million rows for every page would cost more than the page);
 * {@code next} is the address of the following page, or null on the last one: for records, figures and contributions it carries
 * the {@code after} cursor of this page's last row, and {@code page} only counts the pages followed.
 */
record ApiPage<T>(int page, int size, List<T> items, String next) {
}
