package org.cooperationatlas.source;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class SourceService {

    private final SourceRepository sources;

    private final AggregateCache aggregates;

    SourceService(SourceRepository sources, AggregateCache aggregates) {
        this.sources = sources;
        this.aggregates = aggregates;
    }

    /** Sources whose title or publisher contains the text, newest first, one page at a time. */
    public List<Source> search(String text, Pageable pageable) {
        String term = text == null ? "" : text.trim();
        Pageable newestFirst = pageable.isPaged()
                ? org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "publishedOn").and(Sort.by("id")))
                : pageable;
        return sources.findByTitleContainingIgnoreCaseOrPublisherContainingIgnoreCase(term, term, newestFirst);
    }

    public Optional<Source> find(long id) {
        return sources.findById(id);
    }

    /** The source with this publisher, title (any case) and date, if the atlas has it. */
    public Optional<Source> findByCitation(String publisher, String title, LocalDate publishedOn) {
        return sources
                .findByPublisherIgnoreCaseAndTitleIgnoreCaseAndPublishedOn(
                        publisher.strip(), title.strip(), publishedOn)
                .stream()
                .findFirst();
    }

    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public Source save(@Valid Source source) {
        aggregates.changed();
        return sources.save(source);
    }
}
