package org.cooperationatlas.peacekeeping;

import java.util.Optional;
import org.cooperationatlas.country.CountryNames;

/** The categories in which the UN publishes its monthly contribution statistics. */
public enum PersonnelType {
    INDIVIDUAL_POLICE,
    FORMED_POLICE_UNIT,
    EXPERTS_ON_MISSION,
    STAFF_OFFICERS,
    TROOPS;

    public String messageKey() {
        return "personnelType." + name();
    }

    /**
     * The type a text names in the words the UN has used for it over the years: "Individual Police", "UNPOL",
     * "Civilian Police" or plain "police"; "Formed Police Units", "FPU"; "Experts on Mission", "UNMEM", "Military
     * Observers"; "Staff Officer", "MSO"; "Contingent Troops", "Troops".
     */
    public static Optional<PersonnelType> named(String text) {
        String folded = " " + CountryNames.fold(text) + " ";
        for (PersonnelType type : values()) {
            if (folded.equals(" " + CountryNames.fold(type.name()) + " ")) {
                return Optional.of(type);
            }
        }
        if (folded.contains(" formed police") || folded.contains(" fpu")) {
            return Optional.of(FORMED_POLICE_UNIT);
        }
        if (folded.contains(" police") || folded.contains(" ipo ") || folded.contains(" unpol ")) {
            return Optional.of(INDIVIDUAL_POLICE);
        }
        if (folded.contains(" expert")
                || folded.contains(" eom ")
                || folded.contains(" observer")
                || folded.contains(" unmem ")) {
            return Optional.of(EXPERTS_ON_MISSION);
        }
        if (folded.contains(" staff") || folded.contains(" mso ")) {
            return Optional.of(STAFF_OFFICERS);
        }
        if (folded.contains(" troop") || folded.contains(" contingent")) {
            return Optional.of(TROOPS);
        }
        return Optional.empty();
    }
}
