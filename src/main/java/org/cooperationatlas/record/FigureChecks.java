package org.cooperationatlas.record;

/**
 * Sets figures against the statistics the atlas holds. The record pages show the answer beside each figure; the
 * features holding statistics implement it, so that records need not know them.
 */
public interface FigureChecks {

    /** The check of one figure of a stored record; never null. */
    FigureCheck check(Figure figure);
}
