package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;

/** A country's peacekeeping personnel of one type in one month, over all missions. */
public record MonthlyPersonnel(LocalDate month, PersonnelType type, long total) {}
