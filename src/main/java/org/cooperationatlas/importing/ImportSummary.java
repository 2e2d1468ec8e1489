package org.cooperationatlas.importing;

import java.util.List;

/**
 * What an import would do (dry run) or did (commit): rows read and accepted, lines to create, update or leave
 * as they are, anything new it brings along (missions, sources) and, for contributions, the people the file
 * holds and the people its accepted rows hold, so that what a problem costs is seen at once.
 */
public record ImportSummary(
        int rowsRead,
        int rowsWithProblems,
        int created,
        int updated,
        int unchanged,
        List<String> newMissions,
        int newSources,
        long peopleInFile,
        long peopleAccepted) {

    public ImportSummary {
        newMissions = List.copyOf(newMissions);
    }

    ImportSummary(
            int rowsRead,
            int rowsWithProblems,
            int created,
            int updated,
            int unchanged,
            List<String> newMissions,
            int newSources) {
        this(rowsRead, rowsWithProblems, created, updated, unchanged, newMissions, newSources, 0, 0);
    }

    public boolean changesAnything() {
        return created + updated > 0;
    }

    public long peopleLeftOut() {
        return peopleInFile - peopleAccepted;
    }

    public boolean countsPeople() {
        return peopleInFile > 0;
    }
}
