package org.cooperationatlas.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

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

    protected RecordRegion() {}

    record Key(Long recordId, String region) implements Serializable {}
}
