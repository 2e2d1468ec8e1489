package org.cooperationatlas.peacekeeping;

import java.util.List;

/**
 * Who sent personnel where over a range of months, largest flow first.
 *
 * @param months the months of the range the atlas holds statistics for; averages are taken over these
 */
public record PersonnelFlows(MonthRange range, PersonnelGroup group, int months, List<PersonnelFlow> flows) {

    public long totalPersonMonths() {
        return flows.stream().mapToLong(PersonnelFlow::personMonths).sum();
    }
}
