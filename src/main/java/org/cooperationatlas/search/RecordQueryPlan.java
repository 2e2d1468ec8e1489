package org.cooperationatlas.search;

import java.util.List;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.springframework.data.domain.Sort;

/**
 * Everything decided about how a grid request reads the database, in one place: the order the rows are read in,
 * whether they come from a country's own index, and how a text is looked up (see {@link TextSearch}). What each
 * decision spares the query planners of H2 and PostgreSQL is said where it is made.
 *
 * @param order             the order rows are read in: the requested one, made total by the id and, where a
 *                          filter pins a column, led by it
 * @param readsCountryIndex the rows are read from the chosen country's index on (country, first day, record)
 * @param text              the text filter's plan
 */
public record RecordQueryPlan(RecordFilter filter, Sort order, boolean readsCountryIndex, TextSearch text) {

    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Order.desc("periodFrom"), Sort.Order.desc("id"));

    /** The plan for a filter and a requested order, its text already planned (by the word counts). */
    static RecordQueryPlan of(RecordFilter filter, Sort requested, TextSearch text) {
        Sort order = totalOrder(requested);
        boolean countryIndex = readsCountryInOrder(filter, order);
        return new RecordQueryPlan(filter, countryIndex ? order : pinned(filter, order), countryIndex, text);
    }

    /**
     * Whether the text's few matching records are read by their ids and then sorted, rather than found by walking
     * the order's index (see {@link TextSearch}).
     */
    public boolean sortsFetchedRows() {
        return text.sortFetched();
    }

    /** Whether the text's matching records are known by their ids before the page is read. */
    public boolean readsTextCandidates() {
        return text.candidates() != null;
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
     * A filter that fixes the kind or crime area puts that (constant) column first in the default order, so that
     * the index on (kind or crime area, period, id) delivers the rows already sorted; H2 does not see that by
     * itself and would sort every record of that kind.
     */
    private static Sort pinned(RecordFilter filter, Sort order) {
        String pinned = filter.kind() != null ? "kind" : filter.crimeArea() != null ? "crimeArea" : null;
        Sort.Order first = order.iterator().next();
        if (pinned == null || !first.getProperty().equals("periodFrom")) {
            return order;
        }
        return Sort.by(new Sort.Order(first.getDirection(), pinned)).and(order);
    }

    private static Sort totalOrder(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> RecordFinder.SORTABLE.contains(order.getProperty()))
                .map(order -> order.getProperty().equals("leadCountry")
                        ? new Sort.Order(order.getDirection(), "leadCountry.iso2")
                        : order)
                .toList();
        if (orders.isEmpty()) {
            return DEFAULT_ORDER;
        }
        // Ties are broken by id in the direction of the last column, so that an index on (column, id) serves the
        // whole order, read forwards or backwards.
        Sort.Order last = orders.get(orders.size() - 1);
        Sort order = Sort.by(orders);
        // Records of one kind follow each other newest last (or first), as the index on (kind, period, id) holds
        // them, which then serves both this order and the kind filter.
        if (last.getProperty().equals("kind")) {
            order = order.and(Sort.by(new Sort.Order(last.getDirection(), "periodFrom")));
        }
        return order.and(Sort.by(new Sort.Order(last.getDirection(), "id")));
    }
}
