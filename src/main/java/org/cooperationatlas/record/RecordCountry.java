package org.cooperationatlas.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.Objects;

/** A record's lead or partner country, for the queries of aggregates over a country's records; written by SQL. */
@Entity
@Immutable
@Table(name = "record_country")
@IdClass(RecordCountry.Key.class)
class RecordCountry {

    @Id
    @Column(name = "record_id")
    private Long recordId;

    @Id
    private String iso2;

    protected RecordCountry() {
    }

    static class Key implements Serializable {
        private Long recordId;
        private String iso2;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(recordId, other.recordId) && Objects.equals(iso2, other.iso2);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, iso2);
        }
    }
}
