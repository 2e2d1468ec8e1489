package org.cooperationatlas.search;

/** The part a country plays in one record. */
record RoleOf(long recordId, CountryRole role) {}
