package org.cooperationatlas.importing;

/** Thrown when the reader stops a commit: the transaction rolls back and nothing is written. */
public class ImportStoppedException extends RuntimeException {

    public ImportStoppedException() {
        super("The import was stopped before it finished; nothing was written.");
    }
}
