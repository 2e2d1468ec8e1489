package org.cooperationatlas.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.Objects;

/** One word of a record's title or summary in the word index, for the text filter's queries; written by SQL. */
@Entity
@Immutable
@Table(name = "record_word")
@IdClass(RecordWord.Key.class)
class RecordWord {

    @Id
    private String word;

    @Id
    @Column(name = "record_id")
    private Long recordId;

    protected RecordWord() {
    }

    static class Key implements Serializable {
        private String word;
        private Long recordId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(word, other.word) && Objects.equals(recordId, other.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, recordId);
        }
    }
}
