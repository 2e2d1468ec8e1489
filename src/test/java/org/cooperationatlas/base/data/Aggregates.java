package org.cooperationatlas.base.data;

/** Test access to the aggregate cache's state. */
public final class Aggregates {

    private Aggregates() {}

    /** Empties the cache, so that the next reads compute every aggregate afresh. */
    public static void forget(AggregateCache cache) {
        cache.forgetAll();
    }
}
