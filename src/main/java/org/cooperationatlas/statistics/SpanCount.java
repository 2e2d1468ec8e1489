package org.cooperationatlas.statistics;

import org.cooperationatlas.record.RecordKind;

/** Records of one kind with the same first and last year (null while ongoing). */
record SpanCount(Integer firstYear, Integer lastYear, RecordKind kind, Long records) {}
