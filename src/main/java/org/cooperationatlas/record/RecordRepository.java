package org.cooperationatlas.record;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RecordRepository extends JpaRepository<CooperationRecord, Long>, JpaSpecificationExecutor<CooperationRecord> {

    @EntityGraph(attributePaths = {"leadCountry", "partners", "sources"})
    Optional<CooperationRecord> findWithDetailsById(Long id);

    /** The record a file's row means: the same title (ignoring case), start and lead country. */
    @Query("""
            select r from CooperationRecord r
            where lower(r.title) = lower(:title) and r.startDate = :start and r.leadCountry.iso2 = :lead
            """)
    List<CooperationRecord> findByNaturalKey(String title, LocalDate start, String lead);

    /** Pairs of record id and partner country for one page of records. */
    @Query("select r.id, p from CooperationRecord r join r.partners p where r.id in :ids")
    List<Object[]> findPartners(Collection<Long> ids);

    /** The records a country takes part in, with its role in each: LEAD, PARTNER or PLACE. */
    @Query(nativeQuery = true, value = """
            select id, 'LEAD' from cooperation_record where lead_country = :iso2
            union
            select record_id, 'PARTNER' from record_partner where country_iso2 = :iso2
            union
            select record_id, 'PLACE' from record_place where country_iso2 = :iso2
            """)
    List<Object[]> findRolesOf(String iso2);

    /**
     * The ids of the newest records the country takes part in, in any role: its records are found through the
     * three country indexes, then ordered; a filter over every record would test each one against the country.
     */
    @Query(nativeQuery = true, value = """
            select r.id from cooperation_record r
            join (select id as record_id from cooperation_record where lead_country = :iso2
                  union select record_id from record_partner where country_iso2 = :iso2
                  union select record_id from record_place where country_iso2 = :iso2) involved
              on involved.record_id = r.id
            order by r.period_from desc, r.id desc
            limit :limit
            """)
    List<Number> findLatestInvolving(String iso2, int limit);

    // Two queries, each on one foreign key of the figure table and its index; one with OR would read every figure.
    // Nothing is joined: H2 would start from a joined table and read every figure. Records, countries and sources
    // follow in batches (hibernate.default_batch_fetch_size).
    @Query("select f from Figure f where f.country.iso2 = :iso2")
    List<Figure> findFiguresNaming(String iso2);

    /** The figures of these records; the caller keeps those that name no country (an index on that would not help). */
    @Query("select f from Figure f where f.record.id in :recordIds")
    List<Figure> findFiguresOf(Collection<Long> recordIds);

    @Query("""
            select f from Figure f join fetch f.source join fetch f.record left join fetch f.country
            where (:metric is null or f.metric = :metric) and (:iso2 is null or f.country.iso2 = :iso2)
              and f.id > :afterId
            order by f.id
            """)
    List<Figure> findFigures(Metric metric, String iso2, long afterId, Pageable pageable);

    /** The first figure of each record in one page: the one a reader sees in the grid. */
    @Query("select f from Figure f where f.record.id in :ids and f.position = 0")
    List<Figure> findHeadlineFigures(Collection<Long> ids);
}
