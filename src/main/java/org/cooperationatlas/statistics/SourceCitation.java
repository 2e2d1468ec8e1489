package org.cooperationatlas.statistics;

import java.time.LocalDate;

/** A source as a chart's note names it. */
record SourceCitation(String publisher, LocalDate publishedOn, String title) {

    @Override
    public String toString() {
        return publisher + ", " + publishedOn + ": " + title;
    }
}
