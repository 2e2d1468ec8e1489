package org.cooperationatlas.peacekeeping;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What writing a month's statistics would change: lines created, updated, left as they are and removed (lines the
 * atlas holds that the report no longer has), and what the atlas holds for the month now: its lines per mission
 * and per country, and the report they came from.
 */
public record MonthChanges(
        YearMonth month,
        int created,
        int updated,
        int unchanged,
        int removed,
        int heldPerMission,
        int heldPerCountry,
        Optional<MonthReport> heldReport) {

    public boolean changesAnything() {
        return created + updated + removed > 0;
    }

    /** Whether the atlas holds anything for the month yet. */
    public boolean held() {
        return heldPerMission + heldPerCountry > 0;
    }
}
