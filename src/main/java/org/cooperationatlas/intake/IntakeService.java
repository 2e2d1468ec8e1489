package org.cooperationatlas.intake;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.Place;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * For editors: an article read into proposals, a proposal turned into an unsaved record citing the article, and
 * the figures the atlas already holds flagged, so that none is entered twice. Nothing here writes.
 */
@Service
@Secured(Role.EDITOR_AUTHORITY)
public class IntakeService {

    /** The longest article the intake reads: some 30,000 words. */
    public static final int MAX_TEXT_LENGTH = 200_000;

    private final ArticleAnalyzer analyzer;
    private final CountryService countries;
    private final RecordService records;

    IntakeService(ArticleAnalyzer analyzer, CountryService countries, RecordService records) {
        this.analyzer = analyzer;
        this.countries = countries;
        this.records = records;
    }

    /** The day the article's date line gives, for an article whose publication date the editor did not enter. */
    public java.util.Optional<LocalDate> datelineOf(String text) {
        return analyzer.datelineOf(text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text);
    }

    /** The article read against its publication date, which its relative periods ("last year") count from. */
    public Analysis analyze(String text, LocalDate published) {
        String bounded = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        return analyzer.analyze(bounded, published);
    }

    /** Whether the atlas already has this figure: the same metric, value and period, in any record. */
    public boolean alreadyInAtlas(FigureProposal figure) {
        if (figure.metric() == null) {
            return false;
        }
        return records.hasFigure(figure.metric(), figure.value(), figure.periodFrom(), figure.periodTo());
    }

    /**
     * The proposal as a record the form can show: not saved, citing the source (stored or about to be), each
     * figure quoting its sentence. A figure the atlas already has is left out.
     */
    public CooperationRecord toRecord(RecordProposal proposal, Source source, LocalDate published) {
        CooperationRecord record = new CooperationRecord();
        record.setTitle(cut(proposal.title(), CooperationRecord.TITLE_MAX_LENGTH));
        record.setKind(proposal.kind());
        record.setCrimeArea(proposal.crimeArea());
        if (proposal.lead() != null) {
            countries.find(proposal.lead()).ifPresent(record::setLeadCountry);
        }
        Set<Country> partners = proposal.partners().stream()
                .map(countries::find)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        record.setPartners(partners);
        record.setPlaces(proposal.places().stream()
                .map(place -> new Place(
                        place.name(),
                        place.locality(),
                        countries.find(place.countryIso2()).orElse(null)))
                .filter(place -> place.getCountry() != null)
                .toList());
        if (proposal.start() != null) {
            record.setStartDate(proposal.startPrecision().firstDay(proposal.start()));
            record.setStartPrecision(proposal.startPrecision());
        }
        // "Since 2000" runs to the article's date: still going, so the record has no end.
        boolean runsToPublication =
                proposal.endPrecision() == DatePrecision.DAY && Objects.equals(proposal.end(), published);
        if (proposal.end() != null && !runsToPublication) {
            record.setEndDate(proposal.endPrecision().firstDay(proposal.end()));
            record.setEndPrecision(proposal.endPrecision());
        }
        record.setSummary(cut(
                proposal.sentences().stream().map(Sentence::text).collect(Collectors.joining(" ")),
                CooperationRecord.SUMMARY_MAX_LENGTH));
        record.setSources(Set.of(source));
        record.setFigures(proposal.figures().stream()
                .filter(figure -> !alreadyInAtlas(figure))
                .map(figure -> figure(figure, source))
                .toList());
        return record;
    }

    private Figure figure(FigureProposal proposed, Source source) {
        Figure figure = new Figure(
                proposed.metric() == null ? Metric.OTHER : proposed.metric(),
                proposed.value(),
                proposed.qualifier(),
                proposed.unit(),
                source);
        figure.setPeriodFrom(proposed.periodFrom());
        figure.setPeriodTo(proposed.periodTo());
        figure.setCumulative(proposed.cumulative());
        if (proposed.countryIso2() != null) {
            countries.find(proposed.countryIso2()).ifPresent(figure::setCountry);
        }
        figure.setQuote(cut(proposed.quote(), Figure.QUOTE_MAX_LENGTH));
        return figure;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
