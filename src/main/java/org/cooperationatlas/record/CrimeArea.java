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
    OTHER;

    public String messageKey() {
        return "crimeArea." + name();
    }
}
