package org.cooperationatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordWords;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Decides how a page of records is found for a text filter, by how many records its terms are in. */
@Component
class WordCounts {

    /** Up to this many matching records, the grid reads them by id (see {@link TextSearch}). */
    static final int FEW = 10_000;
    /**
     * Up to this many words, the rarest term's records are checked for the other terms' words; when even the
     * rarest term is this common, the records are checked one by one in the page's order, and a page fills quickly.
     */
    private static final int LEAD = 20_000;

    private final JdbcTemplate jdbc;
    private final boolean sortFetched;

    WordCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sortFetched = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName()));
    }

    TextSearch plan(RecordFilter filter) {
        List<String> terms = RecordWords.terms(filter.text());
        if (terms.isEmpty()) {
            return TextSearch.NONE;
        }
        // Each count stops early: an index range read no further than needed, however common the term.
        Map<String, Integer> counts = terms.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        term -> jdbc.queryForObject(
                                "select count(*) from (select 1 from record_word where word >= ? and word < ?"
                                        + " limit ?) found",
                                Integer.class,
                                term,
                                RecordWords.end(term),
                                LEAD + 1)));
        List<String> rarestFirst =
                terms.stream().sorted(Comparator.comparing(counts::get)).toList();
        if (counts.get(rarestFirst.get(0)) > LEAD) {
            return new TextSearch(rarestFirst, null, false);
        }
        // The records with every term, found from the rarest term's index range (at most LEAD rows). A record with
        // two words that start with the term comes twice: the set below counts it once, cheaper than DISTINCT.
        // Each other term is looked up in the record's own words; OFFSET 0 keeps PostgreSQL from turning that into
        // a hash of every word the other term starts (125,000 for "patrol"), which took it longer.
        StringBuilder sql =
                new StringBuilder("select w0.record_id from record_word w0 where w0.word >= ? and w0.word < ?");
        List<Object> arguments = new ArrayList<>(List.of(rarestFirst.get(0), RecordWords.end(rarestFirst.get(0))));
        for (int i = 1; i < rarestFirst.size(); i++) {
            String w = "w" + i;
            sql.append(" and exists (select 1 from record_word ")
                    .append(w)
                    .append(" where ")
                    .append(w)
                    .append(".record_id = w0.record_id and ")
                    .append(w)
                    .append(".word >= ? and ")
                    .append(w)
                    .append(".word < ? offset 0)");
            arguments.add(rarestFirst.get(i));
            arguments.add(RecordWords.end(rarestFirst.get(i)));
        }
        Set<Long> found = new HashSet<>(jdbc.queryForList(sql.toString(), Long.class, arguments.toArray()));
        return found.size() <= FEW
                ? new TextSearch(rarestFirst, found, sortFetched)
                : new TextSearch(rarestFirst, null, false);
    }
}
