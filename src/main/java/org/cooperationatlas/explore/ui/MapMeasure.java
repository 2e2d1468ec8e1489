package org.cooperationatlas.explore.ui;

/** What the countries map shades: records, or the UN's personnel statistics for a month. */
enum MapMeasure {
    RECORDS,
    POLICE_CONTRIBUTED,
    PERSONNEL_CONTRIBUTED,
    PERSONNEL_HOSTED;

    String messageKey() {
        return "countries.measure." + name();
    }
}
