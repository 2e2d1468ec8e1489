package org.cooperationatlas.search;

import java.util.Collection;
import java.util.List;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reads behind the grid's pages and a country's latest records: rows by plan, their partners and figures. */
interface SearchRepository extends Repository<CooperationRecord, Long>, JpaSpecificationExecutor<CooperationRecord> {

    List<CooperationRecord> findAllById(Iterable<Long> ids);

    /** The partner countries of one page of records. */
    @Query("""
            select new org.cooperationatlas.search.PartnerOf(r.id, p)
            from CooperationRecord r join r.partners p where r.id in :ids
            """)
    List<PartnerOf> findPartners(Collection<Long> ids);

    /** The first figure of each record in one page: the one a reader sees in the grid. */
    @Query("select f from Figure f where f.record.id in :ids and f.position = 0")
    List<Figure> findHeadlineFigures(Collection<Long> ids);

    /**
     * The ids of the newest records the country leads or partners in, read in that order from the country's index
     * on (country, first day, record); the constant country leads the order, as H2 then sees the index serves it.
     */
    @Query(nativeQuery = true, value = """
            select record_id from record_country where iso2 = :iso2
            order by iso2 desc, period_from desc, record_id desc
            limit :limit
            """)
    List<Long> findLatestLedOrPartnered(String iso2, int limit);

    /** The ids of the newest records the country is a place of. */
    @Query(nativeQuery = true, value = """
            select r.id from record_place p join cooperation_record r on r.id = p.record_id
            where p.country_iso2 = :iso2
            order by r.period_from desc, r.id desc
            limit :limit
            """)
    List<Long> findLatestPlacedIn(String iso2, int limit);
}
