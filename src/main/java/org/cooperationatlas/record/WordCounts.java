package org.cooperationatlas.record;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Decides how a page of records is found for a text filter, by how many records its terms are in. */
@Component
class WordCounts {

    /** Up to this many records, a term's records are read from the word index and then sorted. */
    static final int FEW = 2_000;

    private final JdbcTemplate jdbc;

    WordCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    TextSearch plan(RecordFilter filter) {
        List<String> terms = RecordWords.terms(filter.text());
        if (terms.isEmpty()) {
            return TextSearch.NONE;
        }
        // Counted no further than FEW + 1: an index range that stops early, whatever the term.
        Map<String, Integer> counts = terms.stream().collect(Collectors.toMap(Function.identity(), term ->
                jdbc.queryForObject("select count(*) from (select 1 from record_word where word like ? limit ?) found",
                        Integer.class, term + "%", FEW + 1)));
        List<String> rarestFirst = terms.stream().sorted(Comparator.comparing(counts::get)).toList();
        return new TextSearch(rarestFirst, counts.get(rarestFirst.get(0)) <= FEW);
    }
}
