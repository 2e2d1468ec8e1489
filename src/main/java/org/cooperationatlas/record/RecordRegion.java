package org.cooperationatlas.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.Objects;

/** A UN region of one of a record's lead or partner countries, for the region filter's queries; written by SQL. */
@Entity
@Immutable
@Table(name = "record_region")
@IdClass(RecordRegion.Key.class)
class RecordRegion {

    @Id
    @Column(name = "record_id")
    private Long recordId;

    @Id
    private String region;

    protected RecordRegion() {
    }

    static class Key implements Serializable {
        private Long recordId;
        private String region;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(recordId, other.recordId) && Objects.equals(region, other.region);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, region);
        }
    }
}
