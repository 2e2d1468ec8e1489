package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;
import java.util.Locale;

/** What identifies a line of contribution statistics: re-importing a month's file matches lines on this. */
public record ContributionKey(LocalDate month, String country, String mission, PersonnelType personnelType) {

    public ContributionKey {
        mission = mission.strip().toUpperCase(Locale.ROOT);
    }

    public static ContributionKey of(ContributionLine line) {
        return new ContributionKey(line.month(), line.country(), line.mission(), line.personnelType());
    }
}
