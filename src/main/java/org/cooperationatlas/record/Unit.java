package org.cooperationatlas.record;

/** What a figure counts or, for currencies, in which money it is stated. */
public enum Unit {
    PEOPLE(false),
    DENS(false),
    TRIPS(false),
    COUNTRIES_AND_REGIONS(false),
    RANK(false),
    CNY(true),
    USD(true),
    EUR(true);

    private final boolean currency;

    Unit(boolean currency) {
        this.currency = currency;
    }

    public boolean isCurrency() {
        return currency;
    }

    public String messageKey() {
        return "unit." + name();
    }
}
