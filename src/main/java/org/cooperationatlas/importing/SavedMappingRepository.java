package org.cooperationatlas.importing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedMappingRepository extends JpaRepository<SavedMapping, Long> {

    List<SavedMapping> findByKindOrderByName(ImportKind kind);

    Optional<SavedMapping> findByNameIgnoreCase(String name);
}
