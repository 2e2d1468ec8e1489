package org.cooperationatlas.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;

/**
 * One activity the article reports, as a record to review: a title from its first sentence, kind and crime area by
 * its words, the lead country (the one that acts: the article's main country where it takes part) and the
 * partners, the places it names (those no record names yet proposed as new), the period, its figures, the sentences it was
 * read from and the words each field came from.
 */
public record RecordProposal(
        String title,
        RecordKind kind,
        CrimeArea crimeArea,
        String lead,
        Set<String> partners,
        List<PlaceProposal> places,
        LocalDate start,
        DatePrecision startPrecision,
        LocalDate end,
        DatePrecision endPrecision,
        List<FigureProposal> figures,
        List<Sentence> sentences,
        List<Evidence> evidence) {}
