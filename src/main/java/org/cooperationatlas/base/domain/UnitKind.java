package org.cooperationatlas.base.domain;

/**
 * What sort of thing a unit measures. Counts, money, distances, masses and durations of one unit add up; a
 * percentage or a rank never does.
 */
public enum UnitKind {
    COUNT,
    CURRENCY,
    PERCENTAGE,
    DISTANCE,
    MASS,
    DURATION,
    RANK;

    /** Whether two figures of a unit of this kind, and the same metric, may be added up. */
    public boolean additive() {
        return this != PERCENTAGE && this != RANK;
    }

    /** Whether a value of this kind may have decimals (3.5 km, 40.5 %); a count of things may not. */
    public boolean fractional() {
        return this != COUNT && this != RANK;
    }

    public String messageKey() {
        return "unitKind." + name();
    }
}
