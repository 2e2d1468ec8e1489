package org.cooperationatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.cooperationatlas.record.RecordWords;
import org.junit.jupiter.api.Test;

class RecordWordsTest {

    @Test
    void words_are_lower_cased_without_accents_and_split_on_everything_but_letters_and_digits() {
        assertThat(RecordWords.of("China–Italy joint police patrols in Rome (2016)", null))
                .containsExactly("china", "italy", "joint", "police", "patrols", "in", "rome", "2016");
        assertThat(RecordWords.of("Côte d'Ivoire", "CÔTE")).containsExactly("cote", "d", "ivoire");
    }

    @Test
    void chinese_text_is_indexed_by_neighbouring_characters_so_that_any_part_of_it_is_found() {
        assertThat(RecordWords.of("中意联合巡逻")).containsExactly("中意", "意联", "联合", "合巡", "巡逻", "逻");
        assertThat(RecordWords.terms("联合巡逻")).containsExactly("联合", "合巡", "巡逻");
        assertThat(RecordWords.terms("逻")).containsExactly("逻");
        assertThat(RecordWords.terms("Joint 巡逻 patrol")).containsExactly("joint", "巡逻", "patrol");
    }

    @Test
    void terms_are_distinct_and_long_words_are_cut_alike() {
        assertThat(RecordWords.terms("patrol, Patrol! -- ")).containsExactly("patrol");
        assertThat(RecordWords.terms("?!")).isEmpty();
        String longWord = "a".repeat(60);
        assertThat(RecordWords.of(longWord)).containsExactly("a".repeat(RecordWords.MAX_LENGTH));
        assertThat(RecordWords.terms(longWord)).containsExactly("a".repeat(RecordWords.MAX_LENGTH));
    }

    @Test
    void the_end_of_a_prefix_range_comes_after_every_word_that_starts_with_it() {
        assertThat(RecordWords.end("patrol")).isEqualTo("patrom");
        assertThat(RecordWords.end("17")).isEqualTo("18");
        assertThat(RecordWords.end("巡")).isEqualTo("巢");
        assertThat("patrols").isGreaterThanOrEqualTo("patrol").isLessThan(RecordWords.end("patrol"));
        assertThat("patron").isGreaterThanOrEqualTo(RecordWords.end("patrol"));
    }
}
