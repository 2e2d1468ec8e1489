package org.cooperationatlas.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A record's lead or partner country, for the queries over a country's records (aggregates, and the grid's pages
 * in their default order); written by SQL.
 */
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

    /** The record's first day: the country's index orders its records by it. */
    @Column(name = "period_from")
    private LocalDate periodFrom;

    protected RecordCountry() {}

    record Key(Long recordId, String iso2) implements Serializable {}
}
