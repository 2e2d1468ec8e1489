package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;

/** One line of UN contribution statistics, as the API and downloads give it. */
public record ContributionLine(LocalDate month, String country, String mission, PersonnelType personnelType,
                               Integer male, Integer female, int total) {
}
