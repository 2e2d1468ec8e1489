package org.cooperationatlas.importing;

/** Told how far a commit has got; asked whether to go on, so that a reader can stop a long import. */
public interface ImportProgress {

    void done(int count, int total);

    default boolean stopRequested() {
        return false;
    }

    ImportProgress NONE = (count, total) -> {};
}
