package org.cooperationatlas.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordKind;

/**
 * The parameters of {@code /api/records}: the records view's filters as its address gives them, an order and a
 * page. Spring binds and converts them; what is out of bounds fails validation, and every refusal names the
 * parameter and what it takes (see {@link ApiProblems}).
 */
record RecordQuery(
        @Size(
                max = RecordFilter.MAX_TEXT_LENGTH,
                message = "takes at most " + RecordFilter.MAX_TEXT_LENGTH + " characters")
        String q,

        RecordKind kind,
        CrimeArea area,
        String country,
        String region,
        Metric metric,

        @AtlasYear Integer from,

        @AtlasYear Integer to,

        String sort,
        String dir,
        Integer page,
        Integer size,
        String after)
        implements ListQuery {

    static final List<String> DIRECTIONS = List.of("asc", "desc");

    @AssertTrue(message = "takes at most " + RecordFilter.MAX_TERMS + " words")
    boolean isQ() {
        return q == null || RecordFilter.NONE.withText(q).termCount() <= RecordFilter.MAX_TERMS;
    }

    @AssertTrue(message = "takes one of Africa, Americas, Asia, Europe, Oceania")
    boolean isRegion() {
        return blank(region) || regionName() != null;
    }

    @AssertTrue(message = "takes one of title, kind, periodFrom, leadCountry")
    boolean isSort() {
        return blank(sort) || sortColumn() != null;
    }

    @AssertTrue(message = "takes one of asc, desc")
    boolean isDir() {
        return blank(dir) || DIRECTIONS.contains(dir.strip().toLowerCase(Locale.ROOT));
    }

    /** The filter, with the country code the caller has checked. */
    RecordFilter filter(String countryCode) {
        return new RecordFilter(blank(q) ? null : q.strip(), kind, area, countryCode, regionName(), metric, from, to);
    }

    /** The sort column as the records list names it, or null for the list's own order. */
    String sortColumn() {
        return blank(sort)
                ? null
                : RecordFinder.SORTABLE.stream()
                        .filter(column -> column.equalsIgnoreCase(sort.strip()))
                        .findFirst()
                        .orElse(null);
    }

    boolean descending() {
        return !blank(dir) && dir.strip().equalsIgnoreCase("desc");
    }

    private String regionName() {
        return blank(region)
                ? null
                : RecordFilter.REGIONS.stream()
                        .filter(name -> name.equalsIgnoreCase(region.strip()))
                        .findFirst()
                        .orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
