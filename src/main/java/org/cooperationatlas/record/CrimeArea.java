package org.cooperationatlas.record;

public enum CrimeArea {
    TELECOM_FRAUD,
    CYBERCRIME_PORNOGRAPHY,
    ABDUCTION_TRAFFICKING,
    CORRUPTION,
    DRUGS,
    TERRORISM,
    PUBLIC_ORDER_TOURIST_SAFETY,
    PEACEKEEPING,
    ORGANISED_CRIME,
    MONEY_LAUNDERING,
    ARMS_TRAFFICKING,
    OTHER;

    public String messageKey() {
        return "crimeArea." + name();
    }
}
