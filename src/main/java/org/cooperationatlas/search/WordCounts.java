package org.cooperationatlas.search;

import java.sql.DatabaseMetaData;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordWords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
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

    private final JdbcClient jdbc;
    private final boolean sortFetched;

    WordCounts(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.sortFetched = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
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
                        term -> jdbc.sql("""
                                select count(*) from (select 1 from record_word where word >= :term and word < :end
                                limit :limit) found""")
                                .param("term", term)
                                .param("end", RecordWords.end(term))
                                .param("limit", LEAD + 1)
                                .query(Integer.class)
                                .single()));
        List<String> rarestFirst =
                terms.stream().sorted(Comparator.comparing(counts::get)).toList();
        if (counts.get(rarestFirst.get(0)) > LEAD) {
            return new TextSearch(rarestFirst, null, false);
        }
        // The records with every term, found from the rarest term's index range (at most LEAD rows). A record with
        // two words that start with the term comes twice: the set below counts it once, cheaper than DISTINCT.
        // Each other term is looked up in the record's own words; OFFSET 0 keeps PostgreSQL from turning that into
        // a hash of every word the other term starts (125,000 for "patrol"), which took it longer. The statement
        // has one such condition per other term (at most RecordFilter.MAX_TERMS), each with its own parameters.
        StringBuilder sql = new StringBuilder(
                "select w0.record_id from record_word w0 where w0.word >= :term0 and w0.word < :end0");
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < rarestFirst.size(); i++) {
            parameters.put("term" + i, rarestFirst.get(i));
            parameters.put("end" + i, RecordWords.end(rarestFirst.get(i)));
            if (i > 0) {
                sql.append(" and exists (select 1 from record_word w%1$d where w%1$d.record_id = w0.record_id"
                                .formatted(i))
                        .append(" and w%1$d.word >= :term%1$d and w%1$d.word < :end%1$d offset 0)".formatted(i));
            }
        }
        Set<Long> found = new HashSet<>(
                jdbc.sql(sql.toString()).params(parameters).query(Long.class).list());
        return found.size() <= FEW
                ? new TextSearch(rarestFirst, found, sortFetched)
                : new TextSearch(rarestFirst, null, false);
    }
}
