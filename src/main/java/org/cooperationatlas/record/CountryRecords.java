package org.cooperationatlas.record;

import java.util.List;

/** The newest records a country takes part in, and how many it takes part in altogether. */
public record CountryRecords(List<RoleInRecord> latest, int total) {
}
