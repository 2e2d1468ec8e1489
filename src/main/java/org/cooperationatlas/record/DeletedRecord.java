package org.cooperationatlas.record;

import java.time.Instant;

/** A record that was deleted: what it was called, when and by whom (null when the reader may not know). */
public record DeletedRecord(long id, String title, Instant deletedAt, String deletedBy, long revision) {}
