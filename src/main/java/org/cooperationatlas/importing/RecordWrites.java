package org.cooperationatlas.importing;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * Matches record drafts with the atlas and writes them through the record service, so that each write is
 * validated and kept in the history. A record is matched on title, start and lead country; a figure within it
 * on metric and unit; a source on publisher, title and date.
 */
@Component
class RecordWrites {

    private final RecordService records;
    private final SourceService sources;
    private final CountryService countries;

    RecordWrites(RecordService records, SourceService sources, CountryService countries) {
        this.records = records;
        this.sources = sources;
        this.countries = countries;
    }

    /** What writing the drafts would do, without writing. */
    ImportSummary preview(List<RecordDraft> drafts, int rowsRead, int rowsWithProblems) {
        int created = 0;
        int updated = 0;
        Set<RecordDraft.SourceDraft> newSources = new LinkedHashSet<>();
        for (RecordDraft draft : drafts) {
            Optional<CooperationRecord> existing = find(draft);
            if (existing.isEmpty()) {
                created++;
            } else if (differs(draft, existing.get())) {
                updated++;
            }
            if (findSource(draft.source()).isEmpty()) {
                newSources.add(draft.source());
            }
        }
        return new ImportSummary(
                rowsRead,
                rowsWithProblems,
                created,
                updated,
                drafts.size() - created - updated,
                List.of(),
                newSources.size());
    }

    /** Writes the drafts; must run inside the import's transaction. */
    ImportSummary write(List<RecordDraft> drafts, int rowsRead, int rowsWithProblems, IntConsumer progress) {
        Map<RecordDraft.SourceDraft, Source> sourcesByDraft = new HashMap<>();
        int created = 0;
        int updated = 0;
        int newSources = 0;
        for (int i = 0; i < drafts.size(); i++) {
            RecordDraft draft = drafts.get(i);
            Source source = sourcesByDraft.get(draft.source());
            if (source == null) {
                Optional<Source> found = findSource(draft.source());
                source = found.orElseGet(() -> sources.save(newSource(draft.source())));
                newSources += found.isEmpty() ? 1 : 0;
                sourcesByDraft.put(draft.source(), source);
            }
            Optional<CooperationRecord> existing = find(draft);
            if (existing.isEmpty()) {
                records.save(applyTo(draft, new CooperationRecord(), source));
                created++;
            } else if (differs(draft, existing.get())) {
                records.save(applyTo(draft, existing.get(), source));
                updated++;
            }
            progress.accept(i + 1);
        }
        return new ImportSummary(
                rowsRead, rowsWithProblems, created, updated, drafts.size() - created - updated, List.of(), newSources);
    }

    private Optional<CooperationRecord> find(RecordDraft draft) {
        return records.findByNaturalKey(draft.title(), draft.start().day(), draft.leadCountry());
    }

    private Optional<Source> findSource(RecordDraft.SourceDraft draft) {
        return sources.findByCitation(draft.publisher(), draft.title(), draft.publishedOn());
    }

    private static Source newSource(RecordDraft.SourceDraft draft) {
        Source source = new Source();
        source.setPublisher(draft.publisher());
        source.setTitle(draft.title());
        source.setPublishedOn(draft.publishedOn());
        source.setUrl(draft.url());
        return source;
    }

    private static boolean differs(RecordDraft draft, CooperationRecord record) {
        boolean fields = draft.kind() != record.getKind()
                || draft.crimeArea() != record.getCrimeArea()
                || draft.status() != record.getStatus()
                || draft.start().precision() != record.getStartPrecision()
                || !Objects.equals(draft.end() == null ? null : draft.end().day(), record.getEndDate())
                || !Objects.equals(draft.summary(), record.getSummary())
                || !draft.partners().equals(codes(record.getPartners()));
        return fields || draft.figures().stream().anyMatch(figure -> figureDiffers(figure, record));
    }

    private static boolean figureDiffers(RecordDraft.FigureDraft draft, CooperationRecord record) {
        return matching(draft, record)
                .map(figure -> figure.getValue().compareTo(draft.value()) != 0
                        || figure.getQualifier() != draft.qualifier()
                        || !Objects.equals(figure.getQuote(), draft.quote()))
                .orElse(true);
    }

    private static Optional<Figure> matching(RecordDraft.FigureDraft draft, CooperationRecord record) {
        return record.getFigures().stream()
                .filter(figure -> figure.getMetric().equals(draft.metric())
                        && figure.getUnit().equals(draft.unit()))
                .findFirst();
    }

    // Figures the file does not mention stay as they are: a file adds to a record, it does not prune it.
    private CooperationRecord applyTo(RecordDraft draft, CooperationRecord record, Source source) {
        Map<String, Country> byCode =
                countries.byCodes(Stream.concat(draft.partners().stream(), Stream.of(draft.leadCountry()))
                        .toList());
        record.setTitle(record.getId() == null ? draft.title() : record.getTitle());
        record.setKind(draft.kind());
        record.setCrimeArea(draft.crimeArea());
        record.setStatus(draft.status());
        record.setLeadCountry(byCode.get(draft.leadCountry()));
        record.setPartners(
                new LinkedHashSet<>(draft.partners().stream().map(byCode::get).toList()));
        record.setStartDate(draft.start().day());
        record.setStartPrecision(draft.start().precision());
        record.setEndDate(draft.end() == null ? null : draft.end().day());
        record.setEndPrecision(draft.end() == null ? null : draft.end().precision());
        record.setSummary(draft.summary());
        Set<Source> recordSources = new LinkedHashSet<>(record.getSources());
        recordSources.add(source);
        record.setSources(recordSources);
        for (RecordDraft.FigureDraft figureDraft : draft.figures()) {
            Figure figure = matching(figureDraft, record).orElseGet(() -> {
                Figure added = new Figure(
                        figureDraft.metric(), figureDraft.value(), figureDraft.qualifier(), figureDraft.unit(), source);
                record.addFigure(added);
                return added;
            });
            figure.setValue(figureDraft.value());
            figure.setQualifier(figureDraft.qualifier());
            figure.setQuote(figureDraft.quote());
            figure.setSource(source);
        }
        return record;
    }

    private static Set<String> codes(Set<Country> countries) {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(country -> codes.add(country.getIso2()));
        return codes;
    }
}
