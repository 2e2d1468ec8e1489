package org.cooperationatlas.record;

import java.util.List;
import org.cooperationatlas.history.AtlasRevision;
import org.hibernate.envers.RevisionType;

/** A record as one revision left it, with the revision and what it did: one row of Envers' revision query. */
record AuditedState(CooperationRecord record, AtlasRevision revision, RevisionType type) {

    /** The rows of a revisions-of-entity query, which Envers gives as arrays of these three. */
    static List<AuditedState> of(List<?> rows) {
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new AuditedState((CooperationRecord) row[0], (AtlasRevision) row[1], (RevisionType) row[2]))
                .toList();
    }
}
