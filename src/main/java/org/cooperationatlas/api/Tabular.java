package org.cooperationatlas.api;

import java.util.List;

/** An answer that can be written as a CSV table: a header row and a row per item, nothing before the header. */
interface Tabular {

    /** What the table holds, for its file name. */
    String name();

    List<String> headers();

    Iterable<List<String>> rows();
}
