package org.cooperationatlas.base.domain;

/**
 * How exact a figure is, as the source puts it: "about 40", "more than 90", "nearly 5,000".
 * Figures with different qualifiers are never added up as if they were exact.
 */
public enum Qualifier {
    EXACT,
    ABOUT,
    MORE_THAN,
    AT_LEAST,
    NEARLY,
    AT_MOST;

    /**
     * The qualifier of a sum: exact figures add up exactly; lower bounds ("more than 10") keep the sum a lower
     * bound, upper bounds ("nearly 5,000") an upper one; anything approximate, or bounds pulling both ways,
     * make it approximate.
     */
    public Qualifier plus(Qualifier other) {
        if (this == EXACT) {
            return other;
        }
        if (other == EXACT || other == this) {
            return this;
        }
        if (isLowerBound() && other.isLowerBound()) {
            return MORE_THAN;
        }
        if (isUpperBound() && other.isUpperBound()) {
            return AT_MOST;
        }
        return ABOUT;
    }

    private boolean isLowerBound() {
        return this == MORE_THAN || this == AT_LEAST;
    }

    private boolean isUpperBound() {
        return this == NEARLY || this == AT_MOST;
    }

    public String messageKey() {
        return "qualifier." + name();
    }
}
