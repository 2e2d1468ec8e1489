/**
 * The records grid with its filter bar and keyset pager, the record form and page, history and deleted records.
 * The grid reads through {@code RecordFinder}; the form saves through {@code RecordService}.
 */
package org.cooperationatlas.record.ui;
