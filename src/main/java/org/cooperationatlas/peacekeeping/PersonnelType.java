package org.cooperationatlas.peacekeeping;

/** The categories in which the UN publishes its monthly contribution statistics. */
public enum PersonnelType {
    INDIVIDUAL_POLICE,
    FORMED_POLICE_UNIT,
    EXPERTS_ON_MISSION,
    STAFF_OFFICERS,
    TROOPS;

    public String messageKey() {
        return "personnelType." + name();
    }
}
