package org.cooperationatlas.importing;

/**
 * How contribution statistics are laid out: one row per country, mission, month and personnel type (long), or
 * one row per country, mission and month with a count column per personnel type and gender (wide).
 */
public enum Layout {
    LONG,
    WIDE;

    public String messageKey() {
        return "import.layout." + name();
    }
}
