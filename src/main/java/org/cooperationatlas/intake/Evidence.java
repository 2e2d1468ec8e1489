package org.cooperationatlas.intake;

/** Words of the article that a field of a proposal came from: where they stand in the text, and which field. */
public record Evidence(int start, int end, Field field) {

    /** The fields the words can stand for; figures are marked by their numbers. */
    public enum Field {
        KIND,
        COUNTRY,
        PERIOD,
        PLACE
    }
}
