package org.cooperationatlas.importing;

import java.util.List;

/**
 * What an import would do (dry run) or did (commit): rows read and accepted, lines to create, update or leave
 * as they are, and anything new it brings along (missions, sources).
 */
public record ImportSummary(int rowsRead, int rowsWithProblems, int created, int updated, int unchanged,
                            List<String> newMissions, int newSources) {

    public ImportSummary {
        newMissions = List.copyOf(newMissions);
    }

    public boolean changesAnything() {
        return created + updated > 0;
    }
}
