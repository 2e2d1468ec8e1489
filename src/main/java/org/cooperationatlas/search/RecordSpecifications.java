package org.cooperationatlas.search;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cooperationatlas.base.data.AtlasFunctions;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CooperationRecord_;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.Figure_;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordWords;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaEntityJoin;
import org.hibernate.query.criteria.JpaRoot;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link RecordFilter} into SQL conditions on indexed columns. */
public final class RecordSpecifications {

    private RecordSpecifications() {}

    /**
     * The records of a page as planned, those after {@code after} when it is given (keyset paging; null for the
     * first page). The specification orders the query itself, so the caller asks for no other order.
     */
    static Specification<CooperationRecord> page(RecordQueryPlan plan, RecordSeek.Level after) {
        return (root, query, cb) -> {
            Function<String, Path<?>> column = property -> RecordSeek.column(root, property);
            RecordFilter filter = plan.filter();
            RecordFilter rest = filter;
            List<Order> orders = new ArrayList<>();
            if (plan.readsCountryIndex()) {
                // The country's rows hold its records newest first in their index: the page is read from there.
                JpaEntityJoin<RecordCountry> country = ((JpaRoot<CooperationRecord>) root).join(RecordCountry.class);
                country.on(
                        cb.equal(country.get(RecordCountry_.recordId), root.get(CooperationRecord_.id)),
                        cb.equal(country.get(RecordCountry_.iso2), filter.country()));
                column = property -> property.equals("id")
                        ? country.get(RecordCountry_.recordId)
                        : country.get(RecordCountry_.periodFrom);
                // The constant country leads the order, as it leads the index, which H2 then reads in order.
                orders.add(order(cb, plan.order().iterator().next().isAscending(), country.get(RecordCountry_.iso2)));
                rest = filter.withCountry(null);
            }
            for (Sort.Order by : plan.order()) {
                Expression<?> sortKey = column.apply(by.getProperty());
                orders.add(order(cb, by.isAscending(), plan.sortsFetchedRows() ? unindexed(cb, sortKey) : sortKey));
            }
            query.orderBy(orders);
            Predicate matching = predicate(rest, plan.text(), root, query, cb);
            return after == null ? matching : cb.and(matching, after.predicate(column, cb));
        };
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
    private static Predicate predicate(
            RecordFilter filter,
            TextSearch text,
            Root<CooperationRecord> root,
            AbstractQuery<?> query,
            CriteriaBuilder cb) {
        {
            List<Predicate> predicates = new ArrayList<>();
            if (text.candidates() != null) {
                predicates.add(text.candidates().isEmpty() ? cb.disjunction() : idIn(cb, root, text.candidates()));
            } else {
                text.terms().forEach(term -> predicates.add(hasWord(root, query, cb, term)));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get(CooperationRecord_.kind), filter.kind()));
            }
            if (filter.crimeArea() != null) {
                predicates.add(cb.equal(root.get(CooperationRecord_.crimeArea), filter.crimeArea()));
            }
            if (filter.country() != null) {
                predicates.add(hasRow(
                        root,
                        query,
                        cb,
                        RecordCountry.class,
                        RecordCountry_.recordId,
                        RecordCountry_.iso2,
                        filter.country()));
            }
            if (filter.region() != null) {
                predicates.add(hasRow(
                        root,
                        query,
                        cb,
                        RecordRegion.class,
                        RecordRegion_.recordId,
                        RecordRegion_.region,
                        filter.region()));
            }
            if (filter.metric() != null) {
                Subquery<Long> figure = query.subquery(Long.class);
                Root<Figure> measured = figure.from(Figure.class);
                figure.select(measured.get(Figure_.id))
                        .where(
                                cb.equal(measured.get(Figure_.record), root),
                                cb.equal(measured.get(Figure_.metric), filter.metric()));
                predicates.add(cb.exists(figure));
            }
            // A record belongs to a period when the two overlap; an open end (ongoing) reaches to today and beyond.
            if (filter.fromDay() != null) {
                predicates.add(cb.or(
                        cb.isNull(root.get(CooperationRecord_.periodTo)),
                        cb.greaterThanOrEqualTo(root.get(CooperationRecord_.periodTo), filter.fromDay())));
            }
            if (filter.toDay() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get(CooperationRecord_.periodFrom), filter.toDay()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        }
    }

    /**
     * The filter's conditions for a query over every selected record (an aggregate, not a page). The records of a
     * country or a region are then joined from their tables' indexes, and those of a text's first term read from
     * the word index, instead of testing every record: a page stops after fifty matches, an aggregate reads all.
     */
    public static Predicate predicateForAll(
            RecordFilter filter, Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb) {
        // Aggregates read every match anyway: the records of the text's first term come from the word index.
        List<String> terms = RecordWords.terms(filter.text());
        List<Predicate> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            parts.add(
                    i == 0
                            ? root.get(CooperationRecord_.id).in(recordsWithWord(query, cb, terms.get(i)))
                            : hasWord(root, query, cb, terms.get(i)));
        }
        parts.add(
                predicate(filter.withText(null).withCountry(null).withRegion(null), TextSearch.NONE, root, query, cb));
        if (filter.country() != null) {
            parts.add(joined(
                    root, cb, RecordCountry.class, RecordCountry_.recordId, RecordCountry_.iso2, filter.country()));
        }
        if (filter.region() != null) {
            parts.add(joined(
                    root, cb, RecordRegion.class, RecordRegion_.recordId, RecordRegion_.region, filter.region()));
        }
        return cb.and(parts.toArray(Predicate[]::new));
    }

    /**
     * Joins the record to its row with this value in a table of record id and value (one at most, so no record
     * is counted twice): the database can start from the value's index and fetch only those records.
     */
    private static <T> Predicate joined(
            Root<CooperationRecord> root,
            CriteriaBuilder cb,
            Class<T> table,
            SingularAttribute<T, Long> recordId,
            SingularAttribute<T, String> attribute,
            String value) {
        JpaEntityJoin<T> row = ((JpaRoot<CooperationRecord>) root).join(table);
        row.on(cb.equal(row.get(recordId), root.get(CooperationRecord_.id)));
        return cb.equal(row.get(attribute), value);
    }

    /**
     * The record is one of these: the ids as one array, which both databases look up through the primary key.
     * Thousands of separate literals cost Hibernate more to translate than the database takes to read the rows.
     */
    private static Predicate idIn(CriteriaBuilder cb, Root<CooperationRecord> root, Set<Long> ids) {
        HibernateCriteriaBuilder hibernate = (HibernateCriteriaBuilder) cb;
        return hibernate.isTrue(cb.function(
                AtlasFunctions.ANY_OF,
                Boolean.class,
                root.get(CooperationRecord_.id),
                hibernate.value(ids.toArray(Long[]::new))));
    }

    /** The ids of the records with a word that starts with the term, read from the word index. */
    private static Subquery<Long> recordsWithWord(AbstractQuery<?> query, CriteriaBuilder cb, String term) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<RecordWord> word = ids.from(RecordWord.class);
        return ids.select(word.get(RecordWord_.recordId)).where(startsWith(cb, word.get(RecordWord_.word), term));
    }

    /** This record has a word that starts with the term: a look at its own words. */
    private static Predicate hasWord(
            Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb, String term) {
        Subquery<Integer> found = query.subquery(Integer.class);
        Root<RecordWord> word = found.from(RecordWord.class);
        return cb.exists(found.select(cb.literal(1))
                .where(
                        cb.equal(word.get(RecordWord_.recordId), root.get(CooperationRecord_.id)),
                        startsWith(cb, word.get(RecordWord_.word), term)));
    }

    /** The word starts with the term: a range on the word's index (see {@link RecordWords#end}). */
    private static Predicate startsWith(CriteriaBuilder cb, Path<String> word, String term) {
        return cb.and(cb.greaterThanOrEqualTo(word, term), cb.lessThan(word, RecordWords.end(term)));
    }

    /**
     * The record has this row in one of its lookup tables (its countries as lead or partner, its regions): one
     * look at the table's primary key, which starts with the record's id.
     */
    private static <T> Predicate hasRow(
            Root<CooperationRecord> root,
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Class<T> table,
            SingularAttribute<T, Long> recordId,
            SingularAttribute<T, String> attribute,
            String value) {
        Subquery<Integer> found = query.subquery(Integer.class);
        Root<T> row = found.from(table);
        return cb.exists(found.select(cb.literal(1))
                .where(
                        cb.equal(row.get(recordId), root.get(CooperationRecord_.id)),
                        cb.equal(row.get(attribute), value)));
    }
}
