package org.cooperationatlas.importing;

/** What an uploaded file holds. */
public enum ImportKind {
    CONTRIBUTIONS,
    RECORDS;

    public String messageKey() {
        return "import.kind." + name();
    }
}
