package org.cooperationatlas.peacekeeping;

import java.util.List;

/** A page of contribution lines, and the cursor of the next page when there may be one. */
public record ContributionPage(List<ContributionLine> lines, ContributionCursor next) {

    record Line(ContributionLine line, ContributionCursor key) {}

    static ContributionPage of(List<Line> read, int size) {
        List<ContributionLine> lines = read.stream().map(Line::line).toList();
        return new ContributionPage(
                lines, read.size() < size ? null : read.get(read.size() - 1).key());
    }
}
