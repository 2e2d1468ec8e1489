package org.cooperationatlas.record;

/**
 * A record was created, changed or deleted, published inside the writing transaction once the write is flushed.
 * The tables derived from the records (the summaries, the word index) listen and move from the record's footprint
 * before the write to the one after it, in the same transaction, so that they never disagree with the records.
 *
 * @param before the record's footprint as stored before the write; null for a new record
 * @param after  its footprint after the write; null when it was deleted
 */
public record RecordChanged(RecordFootprint before, RecordFootprint after) {

    public RecordChanged {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change has a record before it, after it or both");
        }
    }

    /** The id of the record that changed. */
    public long recordId() {
        return after != null ? after.id() : before.id();
    }
}
