package org.cooperationatlas.record;

/** What a figure measures; each metric suggests the unit it is usually given in. */
public enum Metric {
    SUSPECTS_ARRESTED(Unit.PEOPLE),
    SUSPECTS_DETAINED(Unit.PEOPLE),
    VICTIMS_RESCUED(Unit.PEOPLE),
    FUGITIVES_CAPTURED(Unit.PEOPLE),
    FORMER_OFFICIALS(Unit.PEOPLE),
    RED_NOTICE_SUBJECTS(Unit.PEOPLE),
    CRIMINAL_DENS_DISMANTLED(Unit.DENS),
    ASSETS_RECOVERED(Unit.CNY),
    OFFICERS_DEPLOYED(Unit.PEOPLE),
    DEPLOYMENT_TRIPS(Unit.TRIPS),
    FUGITIVES_FLED(Unit.PEOPLE),
    PERSONNEL_ON_STANDBY(Unit.PEOPLE),
    PLANNED_FORCE_SIZE(Unit.PEOPLE),
    COUNTRIES_AND_REGIONS_INVOLVED(Unit.COUNTRIES_AND_REGIONS),
    FINANCIAL_CONTRIBUTION_RANK(Unit.RANK),
    TROOP_CONTRIBUTION_RANK_AMONG_P5(Unit.RANK),
    OTHER(Unit.PEOPLE);

    private final Unit usualUnit;

    Metric(Unit usualUnit) {
        this.usualUnit = usualUnit;
    }

    public Unit usualUnit() {
        return usualUnit;
    }

    public String messageKey() {
        return "metric." + name();
    }
}
