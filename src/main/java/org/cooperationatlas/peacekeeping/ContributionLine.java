package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;
import java.util.Objects;

/** One line of UN contribution statistics, as the API and downloads give it. */
public record ContributionLine(
        LocalDate month,
        String country,
        String mission,
        PersonnelType personnelType,
        Integer male,
        Integer female,
        int total) {

    /** Whether the other line gives the same counts (male, female, total), whatever it is a line of. */
    /** The same line, of the mission with this acronym. */
    public ContributionLine withMission(String acronym) {
        return new ContributionLine(month, country, acronym, personnelType, male, female, total);
    }

    public boolean sameCountsAs(ContributionLine other) {
        return Objects.equals(male, other.male) && Objects.equals(female, other.female) && total == other.total;
    }
}
