package org.cooperationatlas.importing.report;

/** Which people a count column holds: men, women, or everyone. */
public enum CountKind {
    MALE,
    FEMALE,
    TOTAL
}
