package org.cooperationatlas.record;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/** Turns a {@link RecordFilter} into SQL conditions on indexed columns. */
final class RecordSpecifications {

    private RecordSpecifications() {
    }

    /** The records of a page: the text searched as planned (see {@link TextSearch}). */
    static Specification<CooperationRecord> matching(RecordFilter filter, TextSearch text) {
        return (root, query, cb) -> predicate(filter, text, root, query, cb);
    }

    /** The filter's conditions on a record root of any query, a subquery included. */
    private static Predicate predicate(RecordFilter filter, TextSearch text, Root<CooperationRecord> root,
                                       AbstractQuery<?> query, CriteriaBuilder cb) {
        {
            List<Predicate> predicates = new ArrayList<>();
            if (text.candidates() != null) {
                predicates.add(text.candidates().isEmpty() ? cb.disjunction() : root.get("id").in(text.candidates()));
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
                predicates.add(leadOrPartnerHas(root, query, cb, "iso2", filter.country()));
            }
            if (filter.region() != null) {
                Subquery<Integer> inRegion = query.subquery(Integer.class);
                Root<RecordRegion> region = inRegion.from(RecordRegion.class);
                predicates.add(cb.exists(inRegion.select(cb.literal(1)).where(
                        cb.equal(region.get("recordId"), root.get("id")), cb.equal(region.get("region"), filter.region()))));
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
     * country, a region or a text's first term are then read from their tables' indexes instead of testing every
     * record: a page stops after fifty matches, an aggregate would read them all.
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
            parts.add(root.get("id").in(recordsIn(query, cb, RecordCountry.class, "iso2", filter.country())));
        }
        if (filter.region() != null) {
            parts.add(root.get("id").in(recordsIn(query, cb, RecordRegion.class, "region", filter.region())));
        }
        return cb.and(parts.toArray(Predicate[]::new));
    }

    /** The ids of the records that have the value in a table of record id and value, through its value's index. */
    private static Subquery<Long> recordsIn(AbstractQuery<?> query, CriteriaBuilder cb, Class<?> table,
                                            String attribute, String value) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<?> row = ids.from(table);
        return ids.select(row.get("recordId")).where(cb.equal(row.get(attribute), value));
    }

    /** The ids of the records with a word that starts with the term, read from the word index. */
    private static Subquery<Long> recordsWithWord(AbstractQuery<?> query, CriteriaBuilder cb, String term) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<RecordWord> word = ids.from(RecordWord.class);
        return ids.select(word.get("recordId")).where(cb.like(word.get("word"), escapeLike(term) + "%", '\\'));
    }

    /** This record has a word that starts with the term: a look at its own words. */
    private static Predicate hasWord(Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb,
                                     String term) {
        Subquery<Integer> found = query.subquery(Integer.class);
        Root<RecordWord> word = found.from(RecordWord.class);
        return cb.exists(found.select(cb.literal(1)).where(cb.equal(word.get("recordId"), root.get("id")),
                cb.like(word.get("word"), escapeLike(term) + "%", '\\')));
    }

    /** The lead country, or any partner country, has the given value in the given country attribute. */
    private static Predicate leadOrPartnerHas(Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb,
                                              String countryAttribute, String value) {
        Subquery<Long> partner = query.subquery(Long.class);
        Root<CooperationRecord> other = partner.from(CooperationRecord.class);
        partner.select(other.get("id"))
                .where(cb.equal(other, root), cb.equal(other.join("partners").get(countryAttribute), value));
        return cb.or(cb.equal(root.get("leadCountry").get(countryAttribute), value), cb.exists(partner));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
