package org.cooperationatlas.search;

import java.util.Set;
import org.cooperationatlas.record.RecordRow;

/** A record as a country profile lists it: the grid row and the country's roles in it. */
public record RoleInRecord(RecordRow record, Set<CountryRole> roles) {}
