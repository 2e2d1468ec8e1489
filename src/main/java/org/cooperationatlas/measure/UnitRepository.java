package org.cooperationatlas.measure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<UnitDefinition, String> {

    List<UnitDefinition> findAllByOrderByNameEn();
}
