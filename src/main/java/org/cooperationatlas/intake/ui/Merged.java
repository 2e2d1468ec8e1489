package org.cooperationatlas.intake.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cooperationatlas.intake.FigureProposal;
import org.cooperationatlas.intake.PlaceProposal;
import org.cooperationatlas.intake.RecordProposal;
import org.cooperationatlas.intake.Sentence;

/** Two proposals the editor says are one activity: the first's facts, both's sentences, figures and partners. */
final class Merged {

    private Merged() {}

    static RecordProposal of(RecordProposal first, RecordProposal second) {
        List<Sentence> sentences = new ArrayList<>(first.sentences());
        sentences.addAll(second.sentences());
        List<FigureProposal> figures = new ArrayList<>(first.figures());
        figures.addAll(second.figures());
        Set<String> partners = new LinkedHashSet<>(first.partners());
        partners.addAll(second.partners());
        if (second.lead() != null && !second.lead().equals(first.lead())) {
            partners.add(second.lead());
        }
        partners.remove(first.lead());
        List<PlaceProposal> places = new ArrayList<>(first.places());
        second.places().stream().filter(place -> !places.contains(place)).forEach(places::add);
        return new RecordProposal(
                first.title(),
                first.kind(),
                first.crimeArea(),
                first.lead(),
                partners,
                places,
                first.start() != null ? first.start() : second.start(),
                first.start() != null ? first.startPrecision() : second.startPrecision(),
                first.end() != null ? first.end() : second.end(),
                first.end() != null ? first.endPrecision() : second.endPrecision(),
                figures,
                sentences,
                java.util.stream.Stream.concat(first.evidence().stream(), second.evidence().stream())
                        .toList());
    }
}
