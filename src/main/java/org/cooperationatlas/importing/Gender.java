package org.cooperationatlas.importing;

/** Which count of a personnel type a wide-layout column holds. */
public enum Gender {
    MALE,
    FEMALE,
    TOTAL;

    public String messageKey() {
        return "import.gender." + name();
    }
}
