package org.cooperationatlas.search;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cooperationatlas.country.Country_;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CooperationRecord_;
import org.cooperationatlas.record.SeekKey;
import org.springframework.data.domain.Sort;

/**
 * Keyset paging: "the rows after this one in this order" as conditions on the sort columns, so that a deep page
 * starts where the index puts it instead of walking past every earlier row as OFFSET does.
 */
final class RecordSeek {

    private RecordSeek() {}

    /**
     * The rows after {@code row} in {@code order} (whose last property is the unique id), as one condition per
     * level, deepest first: level {@code d} holds the rows equal to {@code row} in the first {@code d} columns and
     * beyond it in the next. Read in this order, the levels give the rows in sort order. Each level is an equality
     * on an index's leading columns and a range on the next one, which every database reads straight from the
     * index; one condition with ORs made PostgreSQL read from the start of the first column's value.
     */
    static List<Level> levels(Sort order, SeekKey row) {
        List<Sort.Order> orders = order.toList();
        List<Level> levels = new ArrayList<>();
        for (int depth = orders.size() - 1; depth >= 0; depth--) {
            levels.add(new Level(orders, row, depth));
        }
        return levels;
    }

    /** The rows that share the first {@code depth} sort values with the bookmark and pass it in the next one. */
    record Level(List<Sort.Order> orders, SeekKey row, int depth) {

        /** This level's condition on the sort columns, each found by {@code column} from its property's name. */
        Predicate predicate(Function<String, Path<?>> column, CriteriaBuilder cb) {
            List<Predicate> parts = new ArrayList<>();
            for (int i = 0; i < depth; i++) {
                String property = orders.get(i).getProperty();
                parts.add(cb.equal(column.apply(property), value(row, property)));
            }
            Sort.Order next = orders.get(depth);
            @SuppressWarnings("unchecked")
            Path<Comparable<Object>> path = (Path<Comparable<Object>>) column.apply(next.getProperty());
            Comparable<Object> value = value(row, next.getProperty());
            parts.add(next.isAscending() ? cb.greaterThan(path, value) : cb.lessThan(path, value));
            return cb.and(parts.toArray(Predicate[]::new));
        }
    }

    /** The record's column that a sort property names. */
    static Path<?> column(Root<CooperationRecord> root, String property) {
        return switch (property) {
            case "title" -> root.get(CooperationRecord_.title);
            case "kind" -> root.get(CooperationRecord_.kind);
            case "crimeArea" -> root.get(CooperationRecord_.crimeArea);
            case "periodFrom" -> root.get(CooperationRecord_.periodFrom);
            case "leadCountry.iso2" -> root.get(CooperationRecord_.leadCountry).get(Country_.iso2);
            case "id" -> root.get(CooperationRecord_.id);
            default -> throw new IllegalArgumentException("Not a sortable property: " + property);
        };
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
