package org.cooperationatlas.peacekeeping;

import java.util.List;

/**
 * A contributing country's personnel in the missions of one place, over a range of months.
 *
 * @param missions the acronyms of the missions the personnel served in
 * @param personMonths the personnel of every month of the range added up
 * @param months the months of the range the atlas holds statistics for
 */
public record PersonnelFlow(String contributor, HostPlace host, List<String> missions, long personMonths, int months) {

    /** The personnel of an average month of the range; for a single month, that month's personnel. */
    public long averagePersonnel() {
        return months == 0 ? 0 : Math.round((double) personMonths / months);
    }
}
