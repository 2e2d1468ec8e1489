package org.cooperationatlas.record;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.cooperationatlas.base.data.AtlasFunctions;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaEntityJoin;
import org.hibernate.query.criteria.JpaRoot;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Turns a {@link RecordFilter} into SQL conditions on indexed columns. */
final class RecordSpecifications {

    private RecordSpecifications() {
    }

    /**
     * The records of a page in {@code order}, those after {@code after} when it is given (keyset paging; null for
     * the first page), the text searched as planned (see {@link TextSearch}). The specification orders the query
     * itself, so the caller asks for no other order.
     */
    static Specification<CooperationRecord> page(RecordFilter filter, TextSearch text, Sort order,
                                                 RecordSeek.Level after) {
        return (root, query, cb) -> {
            Function<String, Path<?>> column = property -> RecordSeek.column(root, property);
            RecordFilter rest = filter;
            List<Order> orders = new ArrayList<>();
            if (readsCountryInOrder(filter, order)) {
                // The country's rows hold its records newest first in their index: the page is read from there.
                JpaEntityJoin<?> country = ((JpaRoot<CooperationRecord>) root).join(RecordCountry.class);
                country.on(cb.equal(country.get("recordId"), root.get("id")),
                        cb.equal(country.get("iso2"), filter.country()));
                column = property -> country.get(property.equals("id") ? "recordId" : property);
                // The constant country leads the order, as it leads the index, which H2 then reads in order.
                orders.add(order(cb, order.iterator().next().isAscending(), country.get("iso2")));
                rest = filter.withCountry(null);
            }
            for (Sort.Order by : order) {
                Expression<?> sortKey = column.apply(by.getProperty());
                orders.add(order(cb, by.isAscending(), text.sortFetched() ? unindexed(cb, sortKey) : sortKey));
            }
            query.orderBy(orders);
            Predicate matching = predicate(rest, text, root, query, cb);
            return after == null ? matching : cb.and(matching, after.predicate(column, cb));
        };
    }

    /**
     * Whether a page is read from the country's rows: a country is chosen and the records come newest (or oldest)
     * first, the order of the country's index on (country, first day, record).
     */
    static boolean readsCountryInOrder(RecordFilter filter, Sort order) {
        List<String> properties = order.stream().map(Sort.Order::getProperty).toList();
        return filter.country() != null && properties.equals(List.of("periodFrom", "id"));
    }

    /**
     * The column as a sort key no index serves, so that a page of a text filter's few matching ids is read by
     * their ids, then sorted (see {@link TextSearch}): offered an index in the page's order, PostgreSQL walks it
     * instead, fetching and testing every record until fifty match (40 ms and more where the ids take 5).
     */
    @SuppressWarnings("unchecked")
    private static Expression<?> unindexed(CriteriaBuilder cb, Expression<?> column) {
        Expression<Object> value = (Expression<Object>) column;
        return cb.coalesce(value, value);
    }

    private static Order order(CriteriaBuilder cb, boolean ascending, Expression<?> column) {
        return ascending ? cb.asc(column) : cb.desc(column);
    }

    /** The filter's conditions on a record root of any query, a subquery included. */
    private static Predicate predicate(RecordFilter filter, TextSearch text, Root<CooperationRecord> root,
                                       AbstractQuery<?> query, CriteriaBuilder cb) {
        {
            List<Predicate> predicates = new ArrayList<>();
            if (text.candidates() != null) {
                predicates.add(text.candidates().isEmpty() ? cb.disjunction() : idIn(cb, root, text.candidates()));
            } else {
                text.terms().forEach(term -> predicates.add(hasWord(root, query, cb, term)));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.crimeArea() != null) {
                predicates.add(cb.equal(root.get("crimeArea"), filter.crimeArea()));
            }
            if (filter.country() != null) {
                predicates.add(hasRow(root, query, cb, RecordCountry.class, "iso2", filter.country()));
            }
            if (filter.region() != null) {
                predicates.add(hasRow(root, query, cb, RecordRegion.class, "region", filter.region()));
            }
            if (filter.metric() != null) {
                Subquery<Long> figure = query.subquery(Long.class);
                Root<Figure> measured = figure.from(Figure.class);
                figure.select(measured.get("id"))
                        .where(cb.equal(measured.get("record"), root), cb.equal(measured.get("metric"), filter.metric()));
                predicates.add(cb.exists(figure));
            }
            // A record belongs to a period when the two overlap; an open end (ongoing) reaches to today and beyond.
            if (filter.fromDay() != null) {
                predicates.add(cb.or(cb.isNull(root.get("periodTo")),
                        cb.greaterThanOrEqualTo(root.get("periodTo"), filter.fromDay())));
            }
            if (filter.toDay() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("periodFrom"), filter.toDay()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        }
    }

    /**
     * The filter's conditions for a query over every selected record (an aggregate, not a page). The records of a
     * country or a region are then joined from their tables' indexes, and those of a text's first term read from
     * the word index, instead of testing every record: a page stops after fifty matches, an aggregate reads all.
     */
    static Predicate predicateForAll(RecordFilter filter, Root<CooperationRecord> root, AbstractQuery<?> query,
                                     CriteriaBuilder cb) {
        // Aggregates read every match anyway: the records of the text's first term come from the word index.
        List<String> terms = RecordWords.terms(filter.text());
        List<Predicate> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            parts.add(i == 0 ? root.get("id").in(recordsWithWord(query, cb, terms.get(i)))
                    : hasWord(root, query, cb, terms.get(i)));
        }
        parts.add(predicate(filter.withText(null).withCountry(null).withRegion(null), TextSearch.NONE, root, query, cb));
        if (filter.country() != null) {
            parts.add(joined(root, cb, RecordCountry.class, "iso2", filter.country()));
        }
        if (filter.region() != null) {
            parts.add(joined(root, cb, RecordRegion.class, "region", filter.region()));
        }
        return cb.and(parts.toArray(Predicate[]::new));
    }

    /**
     * Joins the record to its row with this value in a table of record id and value (one at most, so no record
     * is counted twice): the database can start from the value's index and fetch only those records.
     */
    private static Predicate joined(Root<CooperationRecord> root, CriteriaBuilder cb, Class<?> table,
                                    String attribute, String value) {
        JpaEntityJoin<?> row = ((JpaRoot<CooperationRecord>) root).join(table);
        row.on(cb.equal(row.get("recordId"), root.get("id")));
        return cb.equal(row.get(attribute), value);
    }

    /**
     * The record is one of these: the ids as one array, which both databases look up through the primary key.
     * Thousands of separate literals cost Hibernate more to translate than the database takes to read the rows.
     */
    private static Predicate idIn(CriteriaBuilder cb, Root<CooperationRecord> root, Set<Long> ids) {
        HibernateCriteriaBuilder hibernate = (HibernateCriteriaBuilder) cb;
        return hibernate.isTrue(cb.function(AtlasFunctions.ANY_OF, Boolean.class, root.get("id"),
                hibernate.value(ids.toArray(Long[]::new))));
    }

    /** The ids of the records with a word that starts with the term, read from the word index. */
    private static Subquery<Long> recordsWithWord(AbstractQuery<?> query, CriteriaBuilder cb, String term) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<RecordWord> word = ids.from(RecordWord.class);
        return ids.select(word.get("recordId")).where(startsWith(cb, word.get("word"), term));
    }

    /** This record has a word that starts with the term: a look at its own words. */
    private static Predicate hasWord(Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb,
                                     String term) {
        Subquery<Integer> found = query.subquery(Integer.class);
        Root<RecordWord> word = found.from(RecordWord.class);
        return cb.exists(found.select(cb.literal(1)).where(cb.equal(word.get("recordId"), root.get("id")),
                startsWith(cb, word.get("word"), term)));
    }

    /** The word starts with the term: a range on the word's index (see {@link RecordWords#end}). */
    private static Predicate startsWith(CriteriaBuilder cb, Path<String> word, String term) {
        return cb.and(cb.greaterThanOrEqualTo(word, term), cb.lessThan(word, RecordWords.end(term)));
    }

    /**
     * The record has this row in one of its lookup tables (its countries as lead or partner, its regions): one
     * look at the table's primary key, which starts with the record's id.
     */
    private static Predicate hasRow(Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb,
                                    Class<?> table, String attribute, String value) {
        Subquery<Integer> found = query.subquery(Integer.class);
        Root<?> row = found.from(table);
        return cb.exists(found.select(cb.literal(1))
                .where(cb.equal(row.get("recordId"), root.get("id")), cb.equal(row.get(attribute), value)));
    }
}
