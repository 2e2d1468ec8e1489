package org.cooperationatlas.record;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.cooperationatlas.country.Country;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a {@link RecordFilter} into SQL conditions on indexed columns. */
final class RecordSpecifications {

    private RecordSpecifications() {
    }

    static Specification<CooperationRecord> matching(RecordFilter filter) {
        return (root, query, cb) -> predicate(filter, root, query, cb);
    }

    /** The filter's conditions on a record root of any query, a subquery included. */
    static Predicate predicate(RecordFilter filter, Root<CooperationRecord> root, AbstractQuery<?> query,
                               CriteriaBuilder cb) {
        {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null) {
                String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("summary")), pattern, '\\')));
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
                predicates.add(leadOrPartnerIn(root, query, cb, countriesOf(query, cb, filter.region())));
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
     * The filter's conditions for a query over every selected record (an aggregate, not a page). A country's
     * records are then found through the country's indexes, as lead and as partner, instead of testing every
     * record: a page stops after fifty matches, an aggregate would read them all.
     */
    static Predicate predicateForAll(RecordFilter filter, Root<CooperationRecord> root, AbstractQuery<?> query,
                                     CriteriaBuilder cb) {
        if (filter.country() == null) {
            return predicate(filter, root, query, cb);
        }
        Subquery<Long> asLead = query.subquery(Long.class);
        Root<CooperationRecord> led = asLead.from(CooperationRecord.class);
        asLead.select(led.get("id")).where(cb.equal(led.get("leadCountry").get("iso2"), filter.country()));
        Subquery<Long> asPartner = query.subquery(Long.class);
        Root<CooperationRecord> partnered = asPartner.from(CooperationRecord.class);
        asPartner.select(partnered.get("id"))
                .where(cb.equal(partnered.join("partners").get("iso2"), filter.country()));
        return cb.and(predicate(filter.withCountry(null), root, query, cb),
                root.get("id").in(((HibernateCriteriaBuilder) cb).union(asLead, asPartner)));
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

    /** The codes of a region's countries: a small, uncorrelated list the database computes once per query. */
    private static Subquery<String> countriesOf(AbstractQuery<?> query, CriteriaBuilder cb, String region) {
        Subquery<String> codes = query.subquery(String.class);
        Root<Country> country = codes.from(Country.class);
        return codes.select(country.get("iso2")).where(cb.equal(country.get("region"), region));
    }

    // Compares the lead's foreign key and the partner table's key with the codes, so both use their indexes
    // instead of joining every record to its countries.
    private static Predicate leadOrPartnerIn(Root<CooperationRecord> root, AbstractQuery<?> query, CriteriaBuilder cb,
                                             Subquery<String> codes) {
        Subquery<Long> partner = query.subquery(Long.class);
        Root<CooperationRecord> other = partner.from(CooperationRecord.class);
        partner.select(other.get("id"))
                .where(cb.equal(other, root), other.join("partners").get("iso2").in(codes));
        return cb.or(root.get("leadCountry").get("iso2").in(codes), cb.exists(partner));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
