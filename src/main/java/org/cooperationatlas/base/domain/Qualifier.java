package org.cooperationatlas.base.domain;

/**
 * How exact a figure is, as the source puts it: "about 40", "more than 90", "nearly 5,000".
 * Figures with different qualifiers are never added up as if they were exact.
 */
public enum Qualifier {
    EXACT, ABOUT, MORE_THAN, AT_LEAST, NEARLY, AT_MOST;

    public String messageKey() {
        return "qualifier." + name();
    }
}
