package org.cooperationatlas.importing.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cooperationatlas.peacekeeping.MonthChanges;

/**
 * The dry run of one UN report: which month it is and how that was read, what it holds, how its rows hold up
 * against the totals it prints, every problem and note, what importing it would change, and whether it can be
 * imported.
 */
public record ReportPlan(
        String fileName,
        String failureKey,
        String title,
        YearMonth month,
        ReportMonth.Source monthSource,
        LocalDate monthDay,
        boolean namesMissions,
        int pages,
        int lines,
        long people,
        int totalsChecked,
        int totalsDisagreeing,
        List<ReportProblem> problems,
        MonthChanges changes,
        String digest,
        Status status,
        String sameAs) {

    public ReportPlan {
        problems = List.copyOf(problems);
    }

    /** Where the report stands. */
    public enum Status {
        /** Not a report the atlas can read: empty, not a PDF, damaged, locked, or without such a table. */
        UNREADABLE,
        /** It says no month, and none has been chosen. */
        NO_MONTH,
        /** The same statistics as a file before it in the batch: imported once, from that one. */
        COPY,
        /** Another file in the batch is of the same month and says otherwise: only one of them can be imported. */
        CONFLICT,
        /** Problems not yet confirmed. */
        NEEDS_CONFIRMATION,
        /** The atlas already holds the month exactly as the report gives it. */
        UNCHANGED,
        /** Ready to be imported. */
        READY
    }

    static ReportPlan unreadable(String fileName, String failureKey) {
        return new ReportPlan(
                fileName,
                failureKey,
                "",
                null,
                ReportMonth.Source.NONE,
                null,
                false,
                0,
                0,
                0,
                0,
                0,
                List.of(),
                null,
                null,
                Status.UNREADABLE,
                null);
    }

    public boolean ready() {
        return status == Status.READY;
    }

    /** Whether the report prints totals and every one of them is what its rows add up to. */
    public boolean everyTotalAgrees() {
        return totalsChecked > 0 && totalsDisagreeing == 0;
    }

    ReportPlan withStatus(Status changed, String other) {
        return new ReportPlan(
                fileName,
                failureKey,
                title,
                month,
                monthSource,
                monthDay,
                namesMissions,
                pages,
                lines,
                people,
                totalsChecked,
                totalsDisagreeing,
                problems,
                changes,
                digest,
                changed,
                other);
    }
}
