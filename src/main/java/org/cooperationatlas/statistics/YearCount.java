package org.cooperationatlas.statistics;

import org.cooperationatlas.record.RecordKind;

/** How many records of one kind were active in one year. */
public record YearCount(int year, RecordKind kind, long records) {}
