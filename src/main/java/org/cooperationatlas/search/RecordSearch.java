package org.cooperationatlas.search;

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
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.record.SeekKey;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds records for the grid, the API and a country's page, each request read as its {@link RecordQueryPlan} says. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class RecordSearch implements RecordFinder {

    private final SearchRepository records;
    private final WordCounts wordCounts;
    private final CountryService countries;
    private final JdbcClient jdbc;

    RecordSearch(SearchRepository records, WordCounts wordCounts, CountryService countries, JdbcClient jdbc) {
        this.records = records;
        this.wordCounts = wordCounts;
        this.countries = countries;
        this.jdbc = jdbc;
    }

    /** How a request for this filter in this order is read. */
    public RecordQueryPlan plan(RecordFilter filter, Sort requested) {
        return RecordQueryPlan.of(filter, requested, wordCounts.plan(filter));
    }

    @Override
    public List<RecordRow> list(RecordFilter filter, Pageable pageable) {
        RecordQueryPlan plan = plan(filter, pageable.getSort());
        List<CooperationRecord> page = records.findBy(
                        RecordSpecifications.page(plan, null),
                        query -> query.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())))
                .getContent();
        return toRows(page);
    }

    @Override
    public List<RecordRow> listAfter(RecordFilter filter, Sort requested, SeekKey after, int skip, int size) {
        RecordQueryPlan plan = plan(filter, requested);
        List<CooperationRecord> found = new ArrayList<>();
        // Level by level, each read from the index where the bookmark sits, until the page is full.
        for (RecordSeek.Level level : RecordSeek.levels(plan.order(), after)) {
            int wanted = skip + size - found.size();
            found.addAll(records.findBy(
                    RecordSpecifications.page(plan, level),
                    query -> query.limit(wanted).all()));
            if (found.size() >= skip + size) {
                break;
            }
        }
        return found.size() <= skip ? List.of() : toRows(found.subList(skip, found.size()));
    }

    /** The newest records the country takes part in, at most {@code limit}, with its roles in each. */
    public List<RoleInRecord> latestInvolving(String iso2, int limit) {
        // The newest of all are among the newest it leads or partners in and the newest it is a place of.
        Set<Long> newest = new HashSet<>(records.findLatestLedOrPartnered(iso2, limit));
        newest.addAll(records.findLatestPlacedIn(iso2, limit));
        if (newest.isEmpty()) {
            return List.of();
        }
        List<CooperationRecord> involved = records.findAllById(newest).stream()
                .sorted(Comparator.comparing(CooperationRecord::getPeriodFrom)
                        .reversed()
                        .thenComparing(CooperationRecord::getId, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
        Map<Long, EnumSet<CountryRole>> roles = new HashMap<>();
        for (RoleOf role :
                rolesOf(iso2, involved.stream().map(CooperationRecord::getId).toList())) {
            roles.computeIfAbsent(role.recordId(), id -> EnumSet.noneOf(CountryRole.class))
                    .add(role.role());
        }
        return toRows(involved).stream()
                .map(row -> new RoleInRecord(row, roles.get(row.id())))
                .toList();
    }

    /** The country's roles in these records: lead, partner or place, one row each. */
    private List<RoleOf> rolesOf(String iso2, Collection<Long> ids) {
        return jdbc.sql("""
                        select id, 'LEAD' from cooperation_record where lead_country = :iso2 and id in (:ids)
                        union
                        select record_id, 'PARTNER' from record_partner where country_iso2 = :iso2 and record_id in (:ids)
                        union
                        select record_id, 'PLACE' from record_place where country_iso2 = :iso2 and record_id in (:ids)
                        """)
                .param("iso2", iso2)
                .param("ids", ids)
                .query((rs, row) -> new RoleOf(
                        rs.getLong(1), CountryRole.valueOf(rs.getString(2).trim())))
                .list();
    }

    private List<RecordRow> toRows(List<CooperationRecord> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(CooperationRecord::getId).toList();
        Map<Long, List<Country>> partners = new HashMap<>();
        for (PartnerOf pair : records.findPartners(ids)) {
            partners.computeIfAbsent(pair.recordId(), id -> new ArrayList<>()).add(pair.partner());
        }
        Map<Long, Figure> headlines = records.findHeadlineFigures(ids).stream()
                .collect(Collectors.toMap(figure -> figure.getRecord().getId(), Function.identity()));
        Map<String, Country> leads = countries.byCodes(
                page.stream().map(record -> record.getLeadCountry().getIso2()).collect(Collectors.toSet()));
        return page.stream()
                .map(record -> new RecordRow(
                        record.getId(),
                        record.getTitle(),
                        record.getKind(),
                        record.getCrimeArea(),
                        record.period(),
                        leads.get(record.getLeadCountry().getIso2()),
                        partners.getOrDefault(record.getId(), List.of()),
                        Optional.ofNullable(headlines.get(record.getId()))
                                .map(RecordRow.Headline::of)
                                .orElse(null)))
                .toList();
    }
}
