package org.cooperationatlas.statistics;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A year as a table row, so that per-year counts are joins the database does, not loops in Java. */
@Entity
@Immutable
class CalendarYear {

    @Id
    private int yearNumber;

    private LocalDate firstDay;
    private LocalDate lastDay;

    protected CalendarYear() {}
}
