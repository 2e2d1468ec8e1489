package org.cooperationatlas.record;

import java.io.Serializable;
import java.time.LocalDate;

/** Where a grid row stands in every order the grid offers: all keyset paging needs to remember of it. */
public record SeekKey(
        String title, RecordKind kind, CrimeArea crimeArea, LocalDate periodFrom, String leadIso2, long id)
        implements Serializable {

    public static SeekKey of(RecordRow row) {
        return new SeekKey(
                row.title(),
                row.kind(),
                row.crimeArea(),
                row.period().firstDay(),
                row.lead().getIso2(),
                row.id());
    }
}
