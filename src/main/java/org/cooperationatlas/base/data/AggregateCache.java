package org.cooperationatlas.base.data;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Aggregates over the whole atlas (the overview's charts, the map) computed once per state of the data. Every
 * write raises the stored data version in its own transaction ({@link #changed()}); an aggregate computed at an
 * older version is computed again. The version lives in the database, so that on several nodes an edit on one
 * is reflected by the others' next read.
 * <p>
 * An aggregate that took long to compute (seconds, at a million records) is not made to keep a reader waiting
 * after an edit: the reader gets the figures from before the edit at once, while Caffeine refreshes them on the
 * application's task executor (one refresh per aggregate at a time) and serves the new ones from then on. Quick
 * aggregates are always computed at the current version.
 */
@Component
public class AggregateCache {

    private static final int MAX_ENTRIES = 500;

    /** How long a write waits for another writer (a long import) before it says the atlas is busy. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(3);

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final long serveStaleAfterNanos;
    private final LoadingCache<Object, Entry> entries;

    AggregateCache(
            JdbcClient jdbc,
            DataSource dataSource,
            TaskExecutor executor,
            @Value("${atlas.aggregates.serve-stale-after:250ms}") Duration serveStaleAfter)
            throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = JdbcUtils.<String>extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        this.serveStaleAfterNanos = serveStaleAfter.toNanos();
        this.entries = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .executor(executor)
                .build(new CacheLoader<>() {
                    @Override
                    public Entry load(Object key) {
                        throw new IllegalStateException("Aggregates are computed by get(key, compute)");
                    }

                    // A stale slow aggregate, computed again at the version of the moment with its own computation.
                    @Override
                    public Entry reload(Object key, Entry stale) {
                        return computeAt(version(), stale.latestCompute().get());
                    }
                });
    }

    /**
     * The aggregate for this key at the current data version, computed if it is not known at that version (or,
     * for a slow one, the previous figures while it is). The key must hold everything the aggregate depends on.
     * The computation must need nothing bound to the calling thread: it may run on another one.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        long version = version();
        Entry known = entries.getIfPresent(key);
        if (known != null && known.version() == version) {
            return (T) known.value();
        }
        if (known != null && known.nanos() >= serveStaleAfterNanos) {
            known.latestCompute().set(compute);
            entries.refresh(key);
            return (T) known.value();
        }
        Entry fresh = computeAt(version, compute);
        entries.put(key, fresh);
        return (T) fresh.value();
    }

    // Computed at the version read before it: a write during the computation moves the version on, and the next
    // read computes again.
    private static Entry computeAt(long version, Supplier<?> compute) {
        long began = System.nanoTime();
        Object value = compute.get();
        return new Entry(version, value, System.nanoTime() - began, new AtomicReference<>(compute));
    }

    /**
     * Marks the data as changed; call it in the transaction that writes. Writers take turns on the data version's
     * row: one waiting behind a long import gives up after a few seconds (H2's lock timeout; on PostgreSQL
     * {@link #WRITE_WAIT}), so that the editor is told the atlas is busy instead of waiting for minutes.
     */
    public void changed() {
        if (postgres) {
            jdbc.sql("set local lock_timeout = '" + WRITE_WAIT.toMillis() + "ms'")
                    .update();
        }
        try {
            jdbc.sql("update data_version set version = version + 1 where id = 1")
                    .update();
        } catch (UncategorizedSQLException waitedTooLong) {
            // PostgreSQL's lock timeout (55P03) is not among the codes Spring translates.
            if (waitedTooLong.getSQLException() != null
                    && LOCK_NOT_AVAILABLE.equals(waitedTooLong.getSQLException().getSQLState())) {
                throw new CannotAcquireLockException("The data version is locked by another writer", waitedTooLong);
            }
            throw waitedTooLong;
        }
        if (postgres) {
            jdbc.sql("set local lock_timeout = default").update();
        }
    }

    /** Forgets every aggregate, as a node that has just started knows none: what the benchmark's "afresh" times. */
    void forgetAll() {
        entries.invalidateAll();
    }

    private long version() {
        return jdbc.sql("select version from data_version where id = 1")
                .query(Long.class)
                .single();
    }

    /**
     * An aggregate at a version, with how long it took and the computation a refresh runs: the one its latest
     * reader asked with, which holds that reader's filter and services.
     */
    private record Entry(long version, Object value, long nanos, AtomicReference<Supplier<?>> latestCompute) {}
}
