package org.cooperationatlas.search;

/** The part a country plays in a record. */
public enum CountryRole {
    LEAD,
    PARTNER,
    PLACE;

    public String messageKey() {
        return "countryRole." + name();
    }
}
