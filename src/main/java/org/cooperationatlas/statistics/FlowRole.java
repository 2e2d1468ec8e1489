package org.cooperationatlas.statistics;

/** How a record joins its lead country to another: a partner country, or a country it works in. */
public enum FlowRole {
    PARTNER,
    PLACE;

    public String messageKey() {
        return "flowRole." + name();
    }
}
