package org.cooperationatlas.record;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;

import java.util.List;

/**
 * Keyset paging: "the rows after this one in this order" as a predicate on the sort columns, so that a deep page
 * starts where the index puts it instead of walking past every earlier row as OFFSET does.
 */
final class RecordSeek {

    private RecordSeek() {
    }

    /**
     * Rows after the row at {@code row} in {@code order}, whose last property is the unique id. The first column also gets
     * a plain bound (≥ or ≤), which lets the database start an index range there.
     */
    static Predicate after(Root<CooperationRecord> root, CriteriaBuilder cb, Sort order, SeekKey row) {
        List<Sort.Order> orders = order.toList();
        Predicate after = null;
        for (int i = orders.size() - 1; i >= 0; i--) {
            Sort.Order current = orders.get(i);
            Path<Comparable<Object>> path = path(root, current.getProperty());
            Comparable<Object> value = value(row, current.getProperty());
            Predicate beyond = current.isAscending() ? cb.greaterThan(path, value) : cb.lessThan(path, value);
            after = after == null ? beyond : cb.or(beyond, cb.and(cb.equal(path, value), after));
        }
        Sort.Order first = orders.get(0);
        Path<Comparable<Object>> firstPath = path(root, first.getProperty());
        Comparable<Object> firstValue = value(row, first.getProperty());
        Predicate bound = first.isAscending() ? cb.greaterThanOrEqualTo(firstPath, firstValue)
                : cb.lessThanOrEqualTo(firstPath, firstValue);
        return cb.and(bound, after);
    }

    private static <T> Path<T> path(Root<CooperationRecord> root, String property) {
        return property.equals("leadCountry.iso2") ? root.get("leadCountry").get("iso2") : root.get(property);
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> value(SeekKey row, String property) {
        Comparable<?> value = switch (property) {
            case "title" -> row.title();
            case "kind" -> row.kind();
            case "crimeArea" -> row.crimeArea();
            case "periodFrom" -> row.periodFrom();
            case "leadCountry.iso2" -> row.leadIso2();
            case "id" -> row.id();
            default -> throw new IllegalArgumentException("Not a sortable property: " + property);
        };
        return (Comparable<Object>) value;
    }
}
