package org.cooperationatlas.importing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SavedMappingRepository extends JpaRepository<SavedMapping, Long> {

    List<SavedMapping> findByKindOrderByName(ImportKind kind);

    Optional<SavedMapping> findByNameIgnoreCase(String name);
}
