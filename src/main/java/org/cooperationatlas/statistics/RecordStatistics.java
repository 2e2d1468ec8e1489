package org.cooperationatlas.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.Country_;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CooperationRecord_;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.Figure_;
import org.cooperationatlas.record.Place_;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.SourceAccounts;
import org.cooperationatlas.search.RecordSpecifications;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.Source_;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and totals over the records a filter selects, for the dashboard. Every number is computed by the
 * database (count, sum, group by); only the few resulting groups reach Java.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class RecordStatistics {

    // How many of the selected records' latest figures the overview compares for disagreeing sources.
    private static final int LATEST_FIGURES = 500;

    private final EntityManager entityManager;
    private final AggregateCache aggregates;
    private final SummaryCounts summaries;

    private final MeasureService measures;

    RecordStatistics(
            EntityManager entityManager, AggregateCache aggregates, SummaryCounts summaries, MeasureService measures) {
        this.measures = measures;
        this.entityManager = entityManager;
        this.aggregates = aggregates;
        this.summaries = summaries;
    }

    // Each aggregate is computed once per state of the data and filter (see AggregateCache); the compute methods
    // below say how. Without a filter, or with a kind or crime area only, they read the summary tables, which every
    // write keeps up to date; other filters are answered from the records.
    public long countRecords(RecordFilter filter) {
        return aggregates.get(List.of("countRecords", filter), () -> computeCountRecords(filter));
    }

    public long countCountriesInvolved(RecordFilter filter) {
        return aggregates.get(List.of("countCountriesInvolved", filter), () -> computeCountCountriesInvolved(filter));
    }

    public Map<String, Long> recordsByRegion(RecordFilter filter) {
        return aggregates.get(
                List.of("recordsByRegion", filter), () -> Collections.unmodifiableMap(computeRecordsByRegion(filter)));
    }

    public List<YearCount> recordsPerYear(RecordFilter filter) {
        return aggregates.get(List.of("recordsPerYear", filter), () -> computeRecordsPerYear(filter));
    }

    /**
     * The totals of the selected records' figures of these metrics (of every metric, if null): only figures that
     * may be added up are, per metric and unit; a percentage, a change, a share, a rank is never added to anything.
     */
    /**
     * Where the sources of the selected records disagree: among their latest figures, accounts of the same thing
     * for overlapping periods that cannot all be true.
     */
    public List<SourceAccounts.Account> disagreements(RecordFilter filter) {
        return aggregates.get(List.of("disagreements", filter), () -> {
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<Figure> query = cb.createQuery(Figure.class);
            Root<Figure> figure = query.from(Figure.class);
            figure.fetch(Figure_.source);
            figure.fetch(Figure_.record);
            query.select(figure)
                    .where(selected(cb, query, figure.get(Figure_.record), filter))
                    .orderBy(cb.desc(figure.get(Figure_.periodFrom)), cb.desc(figure.get(Figure_.id)));
            List<SourceAccounts.Testimony> latest =
                    entityManager.createQuery(query).setMaxResults(LATEST_FIGURES).getResultList().stream()
                            .map(SourceAccounts.Testimony::of)
                            .toList();
            return SourceAccounts.of(latest).stream()
                    .filter(account -> account.disagreement().isPresent())
                    .toList();
        });
    }

    /** The totals of every metric's figures in the records a filter selects. */
    public List<FigureTotal> figureTotals(RecordFilter filter) {
        return figureTotals(filter, null);
    }

    public List<FigureTotal> figureTotals(RecordFilter filter, Collection<Metric> metrics) {
        List<Object> key = new java.util.ArrayList<>(List.of("figureTotals", filter));
        key.add(metrics == null ? "all" : List.copyOf(metrics));
        return aggregates.get(key, () -> computeFigureTotals(filter, metrics));
    }

    public List<YearTotal> yearlyTotals(RecordFilter filter, Metric metric) {
        return aggregates.get(List.of("yearlyTotals", filter, metric), () -> computeYearlyTotals(filter, metric));
    }

    /** Per country, how many records involve it and in which role; read from the summary of countries. */
    public Map<String, CountryInvolvement> involvementByCountry() {
        return aggregates.get(
                List.of("involvementByCountry"),
                () -> summaries.involvement().stream()
                        .collect(Collectors.toUnmodifiableMap(CountryInvolvement::iso2, Function.identity())));
    }

    /**
     * Every lead country's records with each other country, as a partner and as a place it works in, of the kind
     * and crime area if given; read from the summary of flows.
     */
    public List<RecordFlow> recordFlows(RecordKind kind, CrimeArea crimeArea) {
        return aggregates.get(
                List.of("recordFlows", String.valueOf(kind), String.valueOf(crimeArea)),
                () -> summaries.flows(kind == null ? null : kind.name(), crimeArea == null ? null : crimeArea.name()));
    }

    public List<String> sourcesOf(RecordFilter filter, int limit) {
        return aggregates.get(List.of("sourcesOf", filter, limit), () -> computeSourcesOf(filter, limit));
    }

    private long computeCountRecords(RecordFilter filter) {
        if (SummaryCounts.answerWithYears(filter)) {
            return summaries.countRecords(filter);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<CooperationRecord> record = query.from(CooperationRecord.class);
        query.select(cb.count(record)).where(RecordSpecifications.predicateForAll(filter, record, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * Distinct countries taking part in the selected records, as lead, partner or place: with a filter, three
     * DISTINCT queries of at most a few hundred codes each, rather than a join of every country with every record.
     */
    private long computeCountCountriesInvolved(RecordFilter filter) {
        if (SummaryCounts.answer(filter)) {
            return summaries.countCountriesInvolved(filter);
        }
        Set<String> countries = new HashSet<>(distinctCountries(
                filter, record -> record.get(CooperationRecord_.leadCountry).get(Country_.iso2)));
        countries.addAll(distinctCountries(
                filter, record -> record.join(CooperationRecord_.partners).get(Country_.iso2)));
        countries.addAll(distinctCountries(
                filter,
                record -> record.join(CooperationRecord_.places)
                        .get(Place_.country)
                        .get(Country_.iso2)));
        return countries.size();
    }

    /**
     * Records per UN region of their lead or partner countries; a record counts once per region. Two grouped
     * joins: records by their lead's region, plus records by a partner's region where the lead is elsewhere.
     */
    private Map<String, Long> computeRecordsByRegion(RecordFilter filter) {
        // A region filter keeps the records of that region, and then only its own count: the summary's.
        Map<String, Long> counts = SummaryCounts.answer(filter.withRegion(null))
                ? summaries.recordsByRegion(filter)
                : regionCountsOfRecords(filter);
        if (filter.region() != null) {
            counts.keySet().retainAll(Set.of(filter.region()));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
    }

    private Map<String, Long> regionCountsOfRecords(RecordFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Map<String, Long> counts = new java.util.HashMap<>();

        CriteriaQuery<RegionCount> byLead = cb.createQuery(RegionCount.class);
        Root<CooperationRecord> record = byLead.from(CooperationRecord.class);
        Path<String> leadRegion = record.get(CooperationRecord_.leadCountry).get(Country_.region);
        byLead.select(cb.construct(RegionCount.class, leadRegion, cb.count(record)))
                .where(RecordSpecifications.predicateForAll(filter, record, byLead, cb), cb.isNotNull(leadRegion))
                .groupBy(leadRegion);
        entityManager
                .createQuery(byLead)
                .getResultList()
                .forEach(row -> counts.merge(row.region(), row.records(), Long::sum));

        CriteriaQuery<RegionCount> byPartner = cb.createQuery(RegionCount.class);
        Root<CooperationRecord> partnered = byPartner.from(CooperationRecord.class);
        Path<String> partnerRegion = partnered.join(CooperationRecord_.partners).get(Country_.region);
        Path<String> ownLeadRegion =
                partnered.get(CooperationRecord_.leadCountry).get(Country_.region);
        byPartner
                .select(cb.construct(RegionCount.class, partnerRegion, cb.countDistinct(partnered)))
                .where(
                        RecordSpecifications.predicateForAll(filter, partnered, byPartner, cb),
                        cb.isNotNull(partnerRegion),
                        cb.or(cb.isNull(ownLeadRegion), cb.notEqual(partnerRegion, ownLeadRegion)))
                .groupBy(partnerRegion);
        entityManager
                .createQuery(byPartner)
                .getResultList()
                .forEach(row -> counts.merge(row.region(), row.records(), Long::sum));
        return counts;
    }

    private List<String> distinctCountries(
            RecordFilter filter, java.util.function.Function<Root<CooperationRecord>, Expression<String>> code) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<CooperationRecord> record = query.from(CooperationRecord.class);
        query.select(code.apply(record))
                .distinct(true)
                .where(RecordSpecifications.predicateForAll(filter, record, query, cb));
        return entityManager.createQuery(query).getResultList();
    }

    /** Records active in each year (their period overlaps it), by kind; ongoing records count up to this year. */
    private List<YearCount> computeRecordsPerYear(RecordFilter filter) {
        List<SpanCount> groups =
                SummaryCounts.answerWithYears(filter) ? summaries.spans(filter) : spansOfRecords(filter);
        return yearCounts(filter, groups);
    }

    /** First year, last year, kind and number of the records selected by the filter. */
    private List<SpanCount> spansOfRecords(RecordFilter filter) {
        // Records are grouped by first year, last year and kind in the database (a few thousand groups for a
        // million records); each group then counts in every year it spans. Joining every record with every year
        // it touches took seconds at 100,000 records.
        // Hibernate's year() becomes each database's own (EXTRACT on PostgreSQL, YEAR on H2).
        HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
        CriteriaQuery<SpanCount> query = cb.createQuery(SpanCount.class);
        Root<CooperationRecord> record = query.from(CooperationRecord.class);
        Expression<Integer> firstYear = cb.year(record.get(CooperationRecord_.periodFrom));
        Expression<Integer> lastYear = cb.year(record.get(CooperationRecord_.periodTo));
        query.select(cb.construct(
                        SpanCount.class, firstYear, lastYear, record.get(CooperationRecord_.kind), cb.count(record)))
                .where(RecordSpecifications.predicateForAll(filter, record, query, cb))
                .groupBy(firstYear, lastYear, record.get(CooperationRecord_.kind));
        return entityManager.createQuery(query).getResultList();
    }

    private List<YearCount> yearCounts(RecordFilter filter, List<SpanCount> groups) {
        int thisYear = LocalDate.now().getYear();
        int lowest = filter.fromYear() == null ? Integer.MIN_VALUE : filter.fromYear();
        int highest = Math.min(thisYear, filter.toYear() == null ? thisYear : filter.toYear());
        Map<Integer, Map<RecordKind, Long>> counts = new TreeMap<>();
        for (SpanCount span : groups) {
            int from = Math.max(lowest, span.firstYear());
            int to = Math.min(highest, span.lastYear() == null ? thisYear : span.lastYear());
            for (int year = from; year <= to; year++) {
                counts.computeIfAbsent(year, key -> new EnumMap<>(RecordKind.class))
                        .merge(span.kind(), span.records(), Long::sum);
            }
        }
        List<YearCount> years = new ArrayList<>();
        counts.forEach((year, byKind) -> byKind.forEach((kind, count) -> years.add(new YearCount(year, kind, count))));
        return years;
    }

    /**
     * Totals of the selected records' figures per metric and unit, kept apart for cumulative and yearly figures,
     * each with the qualifier its parts allow.
     */
    private List<FigureTotal> computeFigureTotals(RecordFilter filter, Collection<Metric> metrics) {
        List<FigureGroup> groups = SummaryCounts.answer(filter)
                ? summaries.figureTotals(filter, metrics)
                : figureTotalsOfRecords(filter, metrics);
        Map<List<Object>, FigureTotal> totals = new LinkedHashMap<>();
        Measures known = measures.measures();
        for (FigureGroup group : groups) {
            FigureTotal part = group.total();
            if (!known.summable(part.metric(), part.unit())) {
                continue;
            }
            totals.merge(List.of(part.metric(), part.unit(), part.cumulative()), part, FigureTotal::plus);
        }
        return List.copyOf(totals.values());
    }

    /** The selected figures of these metrics, grouped by metric, unit, kind of period and qualifier. */
    private List<FigureGroup> figureTotalsOfRecords(RecordFilter filter, Collection<Metric> metrics) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<FigureGroup> query = cb.createQuery(FigureGroup.class);
        Root<Figure> figure = query.from(Figure.class);
        Expression<LocalDate> from = figure.get(Figure_.periodFrom);
        Expression<LocalDate> to = figure.get(Figure_.periodTo);
        query.select(cb.construct(
                        FigureGroup.class,
                        figure.get(Figure_.metric),
                        figure.get(Figure_.unit),
                        figure.get(Figure_.cumulative),
                        figure.get(Figure_.qualifier),
                        cb.sum(figure.get(Figure_.value)),
                        cb.count(figure),
                        cb.least(from),
                        cb.greatest(to)))
                .where(
                        metrics == null
                                ? cb.conjunction()
                                : figure.get(Figure_.metric).in(metrics),
                        cb.isTrue(figure.get(Figure_.counted)),
                        selected(cb, query, figure.get(Figure_.record), filter))
                .groupBy(
                        figure.get(Figure_.metric),
                        figure.get(Figure_.unit),
                        figure.get(Figure_.cumulative),
                        figure.get(Figure_.qualifier));
        return entityManager.createQuery(query).getResultList();
    }

    /**
     * Yearly (not cumulative) figures of one metric whose period lies within one calendar year, summed per year.
     */
    private List<YearTotal> computeYearlyTotals(RecordFilter filter, Metric metric) {
        List<YearGroup> groups = SummaryCounts.answer(filter)
                ? summaries.yearlyTotals(filter, metric)
                : yearlyTotalsOfRecords(filter, metric);
        Map<List<Object>, YearTotal> totals = new LinkedHashMap<>();
        for (YearGroup group : groups) {
            YearTotal part = new YearTotal(group.year(), group.unit(), group.sum(), group.qualifier());
            totals.merge(List.of(part.year(), part.unit()), part, YearTotal::plus);
        }
        return List.copyOf(totals.values());
    }

    /** The selected yearly figures of the metric, summed by year, unit and qualifier. */
    private List<YearGroup> yearlyTotalsOfRecords(RecordFilter filter, Metric metric) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<YearGroup> query = cb.createQuery(YearGroup.class);
        Root<Figure> figure = query.from(Figure.class);
        // A yearly figure lies within one calendar year: found by joining the year table, as on every database.
        Root<CalendarYear> calendar = query.from(CalendarYear.class);
        Expression<Integer> year = calendar.get(CalendarYear_.yearNumber);
        query.select(cb.construct(
                        YearGroup.class,
                        year,
                        figure.get(Figure_.unit),
                        figure.get(Figure_.qualifier),
                        cb.sum(figure.get(Figure_.value))))
                .where(
                        cb.equal(figure.get(Figure_.metric), metric),
                        cb.isFalse(figure.get(Figure_.cumulative)),
                        cb.isTrue(figure.get(Figure_.counted)),
                        cb.lessThanOrEqualTo(calendar.get(CalendarYear_.firstDay), figure.get(Figure_.periodFrom)),
                        cb.greaterThanOrEqualTo(calendar.get(CalendarYear_.lastDay), figure.get(Figure_.periodTo)),
                        selected(cb, query, figure.get(Figure_.record), filter))
                .groupBy(year, figure.get(Figure_.unit), figure.get(Figure_.qualifier))
                .orderBy(cb.asc(year));
        return entityManager.createQuery(query).getResultList();
    }

    /**
     * The sources behind the selected records, newest first: what a chart's note names. Sources are few and records
     * many, so each source is asked whether any selected record cites it, rather than every record for its sources.
     */
    private List<String> computeSourcesOf(RecordFilter filter, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<SourceCitation> query = cb.createQuery(SourceCitation.class);
        Root<Source> source = query.from(Source.class);
        Subquery<Integer> citing = query.subquery(Integer.class);
        Root<CooperationRecord> record = citing.from(CooperationRecord.class);
        citing.select(cb.literal(1))
                .where(
                        cb.equal(record.join(CooperationRecord_.sources), source),
                        RecordSpecifications.predicateForAll(filter, record, citing, cb));
        query.select(cb.construct(
                        SourceCitation.class,
                        source.get(Source_.publisher),
                        source.get(Source_.publishedOn),
                        source.get(Source_.title)))
                .where(cb.exists(citing))
                .orderBy(cb.desc(source.get(Source_.publishedOn)), cb.asc(source.get(Source_.title)));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().stream()
                .map(SourceCitation::toString)
                .toList();
    }

    /**
     * The figure's record passes the filter: a correlated EXISTS, which the database answers with one key lookup per
     * figure (an IN over all selected ids was re-evaluated per figure). Without a filter there is nothing to check.
     */
    private static Predicate selected(
            CriteriaBuilder cb, CriteriaQuery<?> query, Path<CooperationRecord> figureRecord, RecordFilter filter) {
        if (filter.isEmpty()) {
            return cb.conjunction();
        }
        Subquery<Integer> match = query.subquery(Integer.class);
        Root<CooperationRecord> record = match.from(CooperationRecord.class);
        return cb.exists(match.select(cb.literal(1))
                .where(
                        cb.equal(record, figureRecord),
                        RecordSpecifications.predicateForAll(filter, record, match, cb)));
    }

    /** A year's total of one metric in one unit. */
    public record YearTotal(int year, Unit unit, BigDecimal total, Qualifier qualifier) {

        YearTotal plus(YearTotal other) {
            return new YearTotal(year, unit, total.add(other.total), qualifier.plus(other.qualifier));
        }
    }
}
