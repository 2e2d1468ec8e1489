package org.cooperationatlas.record;

import org.springframework.security.access.annotation.Secured;
import org.cooperationatlas.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.validation.Valid;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.country.CountryService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class RecordService {

    /** Grid columns that may be sorted on: each is backed by an index. */
    public static final Set<String> SORTABLE = Set.of("title", "kind", "periodFrom", "leadCountry");

    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Order.desc("periodFrom"), Sort.Order.desc("id"));

    private final RecordRepository records;
    private final CountryService countries;
    private final AggregateCache aggregates;
    private final RecordSummaries summaries;
    private final SummaryCounts summaryCounts;
    private final WordCounts wordCounts;

    RecordService(RecordRepository records, CountryService countries, AggregateCache aggregates,
                  RecordSummaries summaries, SummaryCounts summaryCounts, WordCounts wordCounts) {
        this.wordCounts = wordCounts;
        this.summaryCounts = summaryCounts;
        this.records = records;
        this.countries = countries;
        this.aggregates = aggregates;
        this.summaries = summaries;
    }

    /**
     * One page of grid rows. A slice, not a page: the grid scrolls on without a count query,
     * and partners and headline figures come in one query each for the whole page.
     */
    public List<RecordRow> list(RecordFilter filter, Pageable pageable) {
        Sort order = sortOf(pageable.getSort(), filter);
        List<CooperationRecord> page = records.findBy(RecordSpecifications.page(filter, wordCounts.plan(filter), order, null),
                query -> query.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))).getContent();
        if (page.isEmpty()) {
            return List.of();
        }
        return toRows(page);
    }

    /**
     * The rows that follow {@code after} in the given order (keyset paging), skipping the first {@code skip}:
     * the page a grid scrolls to next, found through the sort column's index at any depth.
     */
    public List<RecordRow> listAfter(RecordFilter filter, Sort requested, SeekKey after, int skip, int size) {
        Sort order = sortOf(requested, filter);
        List<CooperationRecord> found = new ArrayList<>();
        TextSearch text = wordCounts.plan(filter);
        // Level by level, each read from the index where the bookmark sits, until the page is full.
        for (RecordSeek.Level level : RecordSeek.levels(order, after)) {
            int wanted = skip + size - found.size();
            found.addAll(records.findBy(RecordSpecifications.page(filter, text, order, level),
                    query -> query.limit(wanted).all()));
            if (found.size() >= skip + size) {
                break;
            }
        }
        List<CooperationRecord> page = found.size() <= skip ? List.of() : found.subList(skip, found.size());
        return page.isEmpty() ? List.of() : toRows(page);
    }

    /** Per country, how many records involve it and in which role; read from the summary of countries. */
    public Map<String, CountryInvolvement> involvementByCountry() {
        return aggregates.get(List.of("involvementByCountry"), () -> summaryCounts.involvement().stream()
                .collect(Collectors.toUnmodifiableMap(CountryInvolvement::iso2, Function.identity())));
    }

    /** Every record the country takes part in, newest first, with its roles in each. */
    public List<RoleInRecord> recordsInvolving(String iso2) {
        return latestInvolving(iso2, Integer.MAX_VALUE).latest();
    }

    /**
     * The newest records the country takes part in, at most {@code limit}, with its roles in each, and how many
     * there are in all: a country in thousands of records gets a page that shows the latest and links to the rest.
     */
    public CountryRecords latestInvolving(String iso2, int limit) {
        long total = involvementByCountry().getOrDefault(iso2, CountryInvolvement.none(iso2)).total();
        if (total == 0) {
            return new CountryRecords(List.of(), 0);
        }
        // The newest of all are among the newest it leads or partners in and the newest it is a place of.
        Set<Long> newest = new HashSet<>(records.findLatestLedOrPartnered(iso2, limit));
        newest.addAll(records.findLatestPlacedIn(iso2, limit));
        List<CooperationRecord> involved = records.findAllById(newest).stream()
                .sorted(Comparator.comparing(CooperationRecord::getPeriodFrom).reversed()
                        .thenComparing(CooperationRecord::getId, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
        Map<Long, EnumSet<CountryRole>> roles = new HashMap<>();
        for (Object[] row : records.findRolesOf(iso2, involved.stream().map(CooperationRecord::getId).toList())) {
            roles.computeIfAbsent(number(row[0]), id -> EnumSet.noneOf(CountryRole.class))
                    .add(CountryRole.valueOf(((String) row[1]).trim()));
        }
        return new CountryRecords(toRows(involved).stream().map(row -> new RoleInRecord(row, roles.get(row.id()))).toList(),
                Math.toIntExact(total));
    }

    /** Figures about the country: those naming it, and those of its records that name no country. */
    public List<FigureLine> figuresAbout(String iso2, Collection<Long> recordIds) {
        List<Figure> figures = new ArrayList<>(records.findFiguresNaming(iso2));
        if (!recordIds.isEmpty()) {
            records.findFiguresOf(recordIds).stream().filter(figure -> figure.getCountry() == null).forEach(figures::add);
        }
        return figures.stream()
                .sorted(Comparator.comparing((Figure figure) -> figure.getRecord().getPeriodFrom()).reversed()
                        .thenComparing(figure -> figure.getRecord().getId())
                        .thenComparing(Figure::getPosition))
                .map(FigureLine::of).toList();
    }

    /**
     * Figures of every record, optionally of one metric or about one country, in the order they were entered,
     * page by page: those after the figure {@code afterId} (0 for the first), skipping the pageable's offset.
     */
    public List<FigureLine> figures(Metric metric, String iso2, long afterId, Pageable pageable) {
        return records.findFigures(metric, iso2, afterId,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream().map(FigureLine::of).toList();
    }

    private List<RecordRow> toRows(List<CooperationRecord> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(CooperationRecord::getId).toList();
        Map<Long, List<Country>> partners = new HashMap<>();
        for (Object[] pair : records.findPartners(ids)) {
            partners.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((Country) pair[1]);
        }
        Map<Long, Figure> headlines = records.findHeadlineFigures(ids).stream()
                .collect(Collectors.toMap(figure -> figure.getRecord().getId(), Function.identity()));
        Map<String, Country> leads = countries.byCodes(
                page.stream().map(record -> record.getLeadCountry().getIso2()).collect(Collectors.toSet()));
        return page.stream().map(record -> new RecordRow(record.getId(), record.getTitle(), record.getKind(),
                record.getCrimeArea(), record.period(), leads.get(record.getLeadCountry().getIso2()),
                partners.getOrDefault(record.getId(), List.of()),
                Optional.ofNullable(headlines.get(record.getId())).map(RecordRow.Headline::of).orElse(null)))
                .toList();
    }

    /** The record with everything its form edits, ready to be used outside a transaction. */
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

    /** The record with this title (any case), start and lead country, with its details, if there is one. */
    /** Whether some record already has a figure of this metric and value for this period. */
    public boolean hasFigure(Metric metric, java.math.BigDecimal value, LocalDate from, LocalDate to) {
        return records.findFiguresOfValue(metric, value).stream().anyMatch(figure ->
                java.util.Objects.equals(figure.getPeriodFrom(), from) && java.util.Objects.equals(figure.getPeriodTo(), to));
    }

    /** Every place the records name, once: what an article's text can be matched against. */
    public List<KnownPlace> knownPlaces() {
        return records.findKnownPlaces();
    }

    public Optional<CooperationRecord> findByNaturalKey(String title, LocalDate start, String leadIso2) {
        return records.findByNaturalKey(title.strip(), start, leadIso2).stream().findFirst()
                .flatMap(record -> get(record.getId()));
    }

    /**
     * Saves the record with its figures and places, or refuses it whole: invalid input fails validation
     * before anything is written, and a record someone else saved in the meantime fails its version check.
     */
    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public CooperationRecord save(@Valid CooperationRecord record) {
        RecordFootprint before = record.getId() == null ? null
                : Optional.ofNullable(record.storedFootprint()).orElseGet(() -> summaries.storedFootprint(record.getId()));
        record.touch();
        aggregates.changed();
        return summaries.saved(before, records.saveAndFlush(record));
    }

    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public void delete(long id, long expectedVersion) {
        CooperationRecord record = records.findById(id)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(CooperationRecord.class, id));
        if (record.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CooperationRecord.class, id);
        }
        RecordFootprint before = RecordFootprint.of(record);
        aggregates.changed();
        records.delete(record);
        records.flush();
        summaries.replace(before, null);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * The order a page is read in. A filter that fixes the kind or crime area puts that (constant) column first in
     * the default order, so that the index on (kind or crime area, period, id) delivers the rows already sorted;
     * H2 does not see that by itself and would sort every record of that kind. A country, rarer than a kind, has
     * its own index in that order (see {@link RecordSpecifications#readsCountryInOrder}).
     */
    private static Sort sortOf(Sort requested, RecordFilter filter) {
        Sort order = sortOf(requested);
        String pinned = filter.kind() != null ? "kind" : filter.crimeArea() != null ? "crimeArea" : null;
        Sort.Order first = order.iterator().next();
        if (pinned == null || RecordSpecifications.readsCountryInOrder(filter, order)
                || !first.getProperty().equals("periodFrom")) {
            return order;
        }
        return Sort.by(new Sort.Order(first.getDirection(), pinned)).and(order);
    }

    private static Sort sortOf(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .map(order -> order.getProperty().equals("leadCountry")
                        ? new Sort.Order(order.getDirection(), "leadCountry.iso2") : order)
                .toList();
        if (orders.isEmpty()) {
            return DEFAULT_ORDER;
        }
        // Ties are broken by id in the direction of the last column, so that an index on (column, id) serves the
        // whole order, read forwards or backwards.
        Sort.Order last = orders.get(orders.size() - 1);
        Sort order = Sort.by(orders);
        // Records of one kind follow each other newest last (or first), as the index on (kind, period, id) holds
        // them, which then serves both this order and the kind filter.
        if (last.getProperty().equals("kind")) {
            order = order.and(Sort.by(new Sort.Order(last.getDirection(), "periodFrom")));
        }
        return order.and(Sort.by(new Sort.Order(last.getDirection(), "id")));
    }
}
