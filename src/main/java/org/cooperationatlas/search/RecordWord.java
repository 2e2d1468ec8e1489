package org.cooperationatlas.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

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

    protected RecordWord() {}

    record Key(String word, Long recordId) implements Serializable {}
}
