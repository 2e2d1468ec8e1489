package org.cooperationatlas.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

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

    record Key(Long recordId, String iso2) implements Serializable {
    }
}
