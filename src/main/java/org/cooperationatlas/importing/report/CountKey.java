package org.cooperationatlas.importing.report;

import org.cooperationatlas.peacekeeping.PersonnelType;

/** Which count a number is: men, women or everyone, of one personnel type or (type null) of all. */
record CountKey(PersonnelType type, CountKind kind) {

    static final CountKey MALE = new CountKey(null, CountKind.MALE);
    static final CountKey FEMALE = new CountKey(null, CountKind.FEMALE);
    static final CountKey TOTAL = new CountKey(null, CountKind.TOTAL);

    static CountKey of(Column column) {
        return new CountKey(column.type(), column.kind());
    }
}
