package org.cooperationatlas.importing.report;

import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * A column of a report's table, as its header names it, and where the header stands. A count column holds one
 * kind of count ({@link CountKind}) of one personnel type, or of every type when {@code type} is null.
 */
record Column(Role role, PersonnelType type, CountKind kind, String header, float x0, float x1) {

    enum Role {
        ROW_NUMBER,
        MISSION,
        COUNTRY,
        PERSONNEL_TYPE,
        COUNT,
        DATE
    }

    boolean isCount() {
        return role == Role.COUNT;
    }

    Column widened(String more, float moreX0, float moreX1) {
        return new Column(role, type, kind, header + " " + more, Math.min(x0, moreX0), Math.max(x1, moreX1));
    }
}
