package org.cooperationatlas.record;

import java.time.LocalDate;

/** A record as a list of links names it: its id, title and the first day of its period. */
public record RecordTitle(long id, String title, LocalDate periodFrom) {}
