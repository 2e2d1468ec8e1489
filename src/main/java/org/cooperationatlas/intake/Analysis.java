package org.cooperationatlas.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * What the intake read in an article: its language, the date it was read against (given, or found in its date
 * line), its sentences, and the records and figures it proposes.
 */
public record Analysis(Language language, LocalDate published, List<Sentence> sentences, List<RecordProposal> records) {

    public List<FigureProposal> figures() {
        return records.stream().flatMap(record -> record.figures().stream()).toList();
    }
}
