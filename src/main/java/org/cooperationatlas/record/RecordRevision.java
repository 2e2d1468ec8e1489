package org.cooperationatlas.record;

import java.time.Instant;
import java.util.List;

/**
 * One saved change of a record: who (null when the reader may not know), when, what kind (ADD, MOD, DEL), and
 * field by field what changed.
 * Field names are message keys; values are as stored (enum names, ISO codes, dates).
 */
public record RecordRevision(long revision, Instant when, String who, String type, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {}
}
