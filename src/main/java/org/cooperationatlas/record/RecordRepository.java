package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cooperationatlas.base.domain.Metric;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecordRepository extends JpaRepository<CooperationRecord, Long> {

    @EntityGraph(attributePaths = {"leadCountry", "partners", "sources"})
    Optional<CooperationRecord> findWithDetailsById(Long id);

    @Query("""
            select distinct new org.cooperationatlas.record.KnownPlace(p.name, p.locality, p.country.iso2)
            from CooperationRecord r join r.places p
            """)
    List<KnownPlace> findKnownPlaces();

    /** The record a file's row means: the same title (ignoring case), start and lead country. */
    @Query("""
            select r from CooperationRecord r
            where lower(r.title) = lower(:title) and r.startDate = :start and r.leadCountry.iso2 = :lead
            """)
    List<CooperationRecord> findByNaturalKey(String title, LocalDate start, String lead);

    // Read from the index on (metric, amount) (V20): a few figures of one value, whatever the number of records.
    @Query("select f from Figure f where f.metric = :metric and f.value = :value")
    List<Figure> findFiguresOfValue(Metric metric, BigDecimal value);

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

    @Query("""
            select new org.cooperationatlas.record.RecordTitle(r.id, r.title, r.periodFrom)
            from CooperationRecord r join r.partners partner
            where r.leadCountry.iso2 = :lead and partner.iso2 = :partner
              and (:kind is null or r.kind = :kind) and (:crimeArea is null or r.crimeArea = :crimeArea)
            order by r.periodFrom desc, r.id desc""")
    List<RecordTitle> findWithPartner(String lead, String partner, RecordKind kind, CrimeArea crimeArea, Pageable page);

    @Query("""
            select distinct new org.cooperationatlas.record.RecordTitle(r.id, r.title, r.periodFrom)
            from CooperationRecord r join r.places place
            where r.leadCountry.iso2 = :lead and place.country.iso2 = :place
              and (:kind is null or r.kind = :kind) and (:crimeArea is null or r.crimeArea = :crimeArea)
            order by r.periodFrom desc, r.id desc""")
    List<RecordTitle> findWithPlace(String lead, String place, RecordKind kind, CrimeArea crimeArea, Pageable page);
}
