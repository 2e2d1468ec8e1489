package org.cooperationatlas.record;

/** REPORTED is for activities a source describes without saying whether they have ended. */
public enum RecordStatus {
    IN_PREPARATION,
    ONGOING,
    COMPLETED,
    REPORTED;

    public String messageKey() {
        return "status." + name();
    }
}
