package org.cooperationatlas.record;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RecordRepository extends JpaRepository<CooperationRecord, Long>, JpaSpecificationExecutor<CooperationRecord> {

    @EntityGraph(attributePaths = {"leadCountry", "partners", "sources"})
    Optional<CooperationRecord> findWithDetailsById(Long id);

    /** Pairs of record id and partner country for one page of records. */
    @Query("select r.id, p from CooperationRecord r join r.partners p where r.id in :ids")
    List<Object[]> findPartners(Collection<Long> ids);

    /** The first figure of each record in one page: the one a reader sees in the grid. */
    @Query("select f from Figure f where f.record.id in :ids and f.position = 0")
    List<Figure> findHeadlineFigures(Collection<Long> ids);
}
