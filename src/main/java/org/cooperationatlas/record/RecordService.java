package org.cooperationatlas.record;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads and writes records with their figures, places and sources; every write goes through {@link RecordWriter}. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class RecordService {

    private final RecordRepository records;
    private final RecordWriter writes;
    private final MeasureService measures;

    RecordService(RecordRepository records, RecordWriter writes, MeasureService measures) {
        this.records = records;
        this.writes = writes;
        this.measures = measures;
    }

    /** Figures about the country: those naming it, and those of its records that name no country. */
    public List<FigureLine> figuresAbout(String iso2, Collection<Long> recordIds) {
        List<Figure> figures = new ArrayList<>(records.findFiguresNaming(iso2));
        if (!recordIds.isEmpty()) {
            records.findFiguresOf(recordIds).stream()
                    .filter(figure -> figure.getCountry() == null)
                    .forEach(figures::add);
        }
        return figures.stream()
                .sorted(Comparator.comparing(
                                (Figure figure) -> figure.getRecord().getPeriodFrom())
                        .reversed()
                        .thenComparing(figure -> figure.getRecord().getId())
                        .thenComparing(Figure::getPosition))
                .map(FigureLine::of)
                .toList();
    }

    /**
     * What the sources say about the country: its figures (as {@link #figuresAbout}) side by side where two sources
     * measure the same thing over overlapping periods.
     */
    public List<SourceAccounts.Account> accountsAbout(String iso2, Collection<Long> recordIds) {
        List<SourceAccounts.Testimony> figures = new ArrayList<>();
        records.findFiguresNaming(iso2).stream()
                .map(SourceAccounts.Testimony::of)
                .forEach(figures::add);
        if (!recordIds.isEmpty()) {
            records.findFiguresOf(recordIds).stream()
                    .filter(figure -> figure.getCountry() == null)
                    .map(SourceAccounts.Testimony::of)
                    .forEach(figures::add);
        }
        return SourceAccounts.of(figures);
    }

    /**
     * Figures of every record, optionally of one metric or about one country, in the order they were entered,
     * page by page: those after the figure {@code afterId} (0 for the first), skipping the pageable's offset.
     */
    public List<FigureLine> figures(Metric metric, String iso2, long afterId, Pageable pageable) {
        return records
                .findFigures(metric, iso2, afterId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream()
                .map(FigureLine::of)
                .toList();
    }

    /** The record with everything its form edits, ready to be used outside a transaction. */
    /**
     * The records a lead country has with another, newest first: as a partner, or (if {@code asPlace}) working in
     * it; of the kind and crime area if given.
     */
    public List<RecordTitle> withCounterpart(
            String lead, String counterpart, boolean asPlace, RecordKind kind, CrimeArea crimeArea, int limit) {
        Pageable first = PageRequest.of(0, limit);
        return asPlace
                ? records.findWithPlace(lead, counterpart, kind, crimeArea, first)
                : records.findWithPartner(lead, counterpart, kind, crimeArea, first);
    }

    public Optional<CooperationRecord> get(long id) {
        Optional<CooperationRecord> found = records.findWithDetailsById(id);
        found.ifPresent(record -> {
            // Names, not only codes: a reader's page shows every country by its name.
            record.getPlaces().forEach(place -> place.getCountry().getNameEn());
            record.getFigures().forEach(figure -> {
                figure.getSource().getTitle();
                if (figure.getCountry() != null) {
                    figure.getCountry().getNameEn();
                }
            });
            record.rememberStored(RecordFootprint.of(record));
        });
        return found;
    }

    /** Whether some record already has a figure of this metric and value for this period. */
    public boolean hasFigure(Metric metric, BigDecimal value, LocalDate from, LocalDate to) {
        return records.findFiguresOfValue(metric, value).stream()
                .anyMatch(figure ->
                        Objects.equals(figure.getPeriodFrom(), from) && Objects.equals(figure.getPeriodTo(), to));
    }

    /** Every place the records name, once: what an article's text can be matched against. */
    public List<KnownPlace> knownPlaces() {
        return records.findKnownPlaces();
    }

    /** The record with this title (any case), start and lead country, with its details, if there is one. */
    public Optional<CooperationRecord> findByNaturalKey(String title, LocalDate start, String leadIso2) {
        return records.findByNaturalKey(title.strip(), start, leadIso2).stream()
                .findFirst()
                .flatMap(record -> get(record.getId()));
    }

    /**
     * Saves the record with its figures and places, or refuses it whole: invalid input fails validation
     * before anything is written, and a record someone else saved in the meantime fails its version check.
     */
    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public CooperationRecord save(@Valid CooperationRecord record) {
        checkMeasures(record);
        return writes.save(record);
    }

    // What Bean Validation cannot see from a figure alone: its metric and unit are ones the atlas knows, and a count
    // of things is whole (money, percentages, distances, masses and durations may have decimals).
    private void checkMeasures(CooperationRecord record) {
        Measures known = measures.measures();
        for (Figure figure : record.getFigures()) {
            if (!known.knows(figure.getMetric())) {
                throw new InvalidFigureException(
                        "figure.metric.unknown", figure.getMetric().code());
            }
            if (!known.knows(figure.getUnit())) {
                throw new InvalidFigureException(
                        "figure.unit.unknown", figure.getUnit().code());
            }
            if (!known.kind(figure.getUnit()).fractional()
                    && figure.getValue().stripTrailingZeros().scale() > 0) {
                throw new InvalidFigureException("figure.value.whole", figure.getValue());
            }
        }
    }

    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public void delete(long id, long expectedVersion) {
        CooperationRecord record = records.findById(id)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(CooperationRecord.class, id));
        if (record.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CooperationRecord.class, id);
        }
        writes.delete(record);
    }
}
