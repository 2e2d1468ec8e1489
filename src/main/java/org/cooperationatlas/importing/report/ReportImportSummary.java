package org.cooperationatlas.importing.report;

import java.time.YearMonth;
import java.util.List;
import org.cooperationatlas.peacekeeping.MonthChanges;

/** What an import of reports wrote: the months, and the lines created, updated and removed over all of them. */
public record ReportImportSummary(List<YearMonth> months, int created, int updated, int unchanged, int removed) {

    public ReportImportSummary {
        months = List.copyOf(months);
    }

    static ReportImportSummary of(List<MonthChanges> written) {
        return new ReportImportSummary(
                written.stream().map(MonthChanges::month).sorted().toList(),
                written.stream().mapToInt(MonthChanges::created).sum(),
                written.stream().mapToInt(MonthChanges::updated).sum(),
                written.stream().mapToInt(MonthChanges::unchanged).sum(),
                written.stream().mapToInt(MonthChanges::removed).sum());
    }
}
