package org.cooperationatlas.peacekeeping;

import java.util.List;

/**
 * Who sent personnel where over a range of months, largest flow first.
 *
 * @param months the months of the range the atlas holds statistics per mission for; averages are taken over these
 * @param withoutMissions the months of the range whose reports name no missions: their personnel is in the
 *     totals, not in any flow
 */
public record PersonnelFlows(
        MonthRange range,
        PersonnelGroup group,
        int months,
        List<java.time.YearMonth> withoutMissions,
        List<PersonnelFlow> flows) {

    public long totalPersonMonths() {
        return flows.stream().mapToLong(PersonnelFlow::personMonths).sum();
    }
}
