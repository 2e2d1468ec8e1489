package org.cooperationatlas.importing;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome of a dry run: every problem and note with its line, and a summary of what the import would create
 * and update. The accepted rows themselves are not kept: the commit reads them from the file again, so that a
 * plan of half a million lines weighs no more on the session than its problems do.
 */
public record ImportPlan(
        String fileName, ColumnMapping mapping, List<ImportProblem> problems, ImportSummary summary, int workToDo) {

    public ImportPlan {
        problems = List.copyOf(problems);
    }

    static ImportPlan of(
            String fileName,
            ColumnMapping mapping,
            List<ImportProblem> problems,
            List<ImportProblem> notes,
            ImportSummary summary,
            int workToDo) {
        List<ImportProblem> both = Stream.concat(problems.stream(), notes.stream())
                .sorted(Comparator.comparingInt(ImportProblem::line))
                .toList();
        return new ImportPlan(fileName, mapping, both, summary, workToDo);
    }

    static ImportPlan refused(String fileName, ColumnMapping mapping, List<ImportProblem> problems, int rowsRead) {
        return new ImportPlan(
                fileName, mapping, problems, new ImportSummary(rowsRead, rowsRead, 0, 0, 0, List.of(), 0), 0);
    }

    public boolean canCommit() {
        return summary.changesAnything();
    }
}
