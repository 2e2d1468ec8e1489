package org.cooperationatlas.peacekeeping;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissionRepository extends JpaRepository<Mission, Long> {

    @EntityGraph(attributePaths = {"hostCountry", "hosts", "aliases", "predecessor"})
    List<Mission> findAllByOrderByAcronym();

    Optional<Mission> findByAcronymIgnoreCase(String acronym);
}
