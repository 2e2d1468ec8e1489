package org.cooperationatlas.measure;

import java.time.Instant;

/** One change of a metric or unit: when, by whom, what kind of change, and its names as they were then. */
public record MeasureRevision(Instant when, String who, String change, String nameEn, String nameZh) {}
