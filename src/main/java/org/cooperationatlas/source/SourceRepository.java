package org.cooperationatlas.source;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findByTitleContainingIgnoreCaseOrPublisherContainingIgnoreCase(
            String title, String publisher, Pageable pageable);

    List<Source> findByPublisherIgnoreCaseAndTitleIgnoreCaseAndPublishedOn(
            String publisher, String title, LocalDate publishedOn);
}
