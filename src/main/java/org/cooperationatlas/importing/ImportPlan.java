package org.cooperationatlas.importing;

import org.cooperationatlas.peacekeeping.ContributionLine;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a dry run: every problem with its line, a summary of what the import would create and update,
 * and the rows it accepted, ready to be written as they are.
 */
public record ImportPlan(String fileName, ColumnMapping mapping, List<ImportProblem> problems, ImportSummary summary,
                         List<ContributionLine> contributions, Map<String, String> missionNames,
                         List<RecordDraft> records) {

    public ImportPlan {
        problems = List.copyOf(problems);
        contributions = List.copyOf(contributions);
        missionNames = Map.copyOf(missionNames);
        records = List.copyOf(records);
    }

    static ImportPlan refused(String fileName, ColumnMapping mapping, List<ImportProblem> problems, int rowsRead) {
        return new ImportPlan(fileName, mapping, problems, new ImportSummary(rowsRead, rowsRead, 0, 0, 0, List.of(), 0),
                List.of(), Map.of(), List.of());
    }

    /** How many rows or lines a commit would go through, for its progress. */
    public int workToDo() {
        return mapping.kind() == ImportKind.CONTRIBUTIONS ? contributions.size() : records.size();
    }

    public boolean canCommit() {
        return summary.changesAnything();
    }
}
