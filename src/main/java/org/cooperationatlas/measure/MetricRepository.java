package org.cooperationatlas.measure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MetricRepository extends JpaRepository<MetricDefinition, String> {

    List<MetricDefinition> findAllByOrderByNameEn();
}
