package org.cooperationatlas.statistics;

/** How many records a lead country has with another country, as a partner or as a place it works in. */
public record RecordFlow(String lead, String counterpart, FlowRole role, long records) {}
