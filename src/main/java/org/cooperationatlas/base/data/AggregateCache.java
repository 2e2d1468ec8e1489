package org.cooperationatlas.base.data;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Aggregates over the whole atlas (the overview's charts, the map) computed once per state of the data. Every
 * write raises the stored data version in its own transaction ({@link #changed()}); an aggregate computed at an
 * older version is computed again. The version lives in the database, so that on several nodes an edit on one
 * is reflected by the others' next read.
 * <p>
 * An aggregate that took long to compute (seconds, at a million records) is not made to keep a reader waiting
 * after an edit: the reader gets the figures from before the edit at once, while the new ones are computed in
 * the background and served from then on. Quick aggregates are always computed at the current version.
 */
@Component
public class AggregateCache {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateCache.class);
    private static final int MAX_ENTRIES = 500;

    /** How long a write waits for another writer (a long import) before it says the atlas is busy. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(3);
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final long serveStaleAfterNanos;
    private final Map<Object, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    });
    private final Set<Object> refreshing = ConcurrentHashMap.newKeySet();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "atlas-aggregate-refresh");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    AggregateCache(JdbcTemplate jdbc, @Value("${atlas.aggregates.serve-stale-after:250ms}") Duration serveStaleAfter) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
        this.serveStaleAfterNanos = serveStaleAfter.toNanos();
    }

    /**
     * The aggregate for this key at the current data version, computed if it is not known at that version (or,
     * for a slow one, the previous figures while it is). The key must hold everything the aggregate depends on.
     * The computation must need nothing bound to the calling thread: it may run on another one.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        long version = version();
        Entry known = entries.get(key);
        if (known != null && known.version() == version) {
            return (T) known.value();
        }
        if (known != null && known.nanos() >= serveStaleAfterNanos) {
            if (refreshing.add(key)) {
                refresher.execute(() -> {
                    try {
                        computeAt(key, version, compute);
                    } catch (RuntimeException failed) {
                        LOG.warn("Could not refresh the aggregate {}", key, failed);
                    } finally {
                        refreshing.remove(key);
                    }
                });
            }
            return (T) known.value();
        }
        return computeAt(key, version, compute);
    }

    // Computed at the version read before it: a write during the computation moves the version on, and the next
    // read computes again.
    private <T> T computeAt(Object key, long version, Supplier<T> compute) {
        long began = System.nanoTime();
        T value = compute.get();
        entries.put(key, new Entry(version, value, System.nanoTime() - began));
        return value;
    }

    /**
     * Marks the data as changed; call it in the transaction that writes. Writers take turns on the data version's
     * row: one waiting behind a long import gives up after a few seconds (H2's lock timeout; on PostgreSQL
     * {@link #WRITE_WAIT}), so that the editor is told the atlas is busy instead of waiting for minutes.
     */
    public void changed() {
        if (postgres) {
            jdbc.execute("set local lock_timeout = '" + WRITE_WAIT.toMillis() + "ms'");
        }
        try {
            jdbc.update("update data_version set version = version + 1 where id = 1");
        } catch (UncategorizedSQLException waitedTooLong) {
            // PostgreSQL's lock timeout (55P03) is not among the codes Spring translates.
            if (waitedTooLong.getSQLException() != null
                && LOCK_NOT_AVAILABLE.equals(waitedTooLong.getSQLException().getSQLState())) {
                throw new CannotAcquireLockException("The data version is locked by another writer", waitedTooLong);
            }
            throw waitedTooLong;
        }
        if (postgres) {
            jdbc.execute("set local lock_timeout = default");
        }
    }

    /**
     * Forgets every aggregate, so that the next reads compute them afresh: for a database put back from a backup
     * under a running node, whose data version may repeat one seen before.
     */
    public void clear() {
        entries.clear();
    }

    private long version() {
        return jdbc.queryForObject("select version from data_version where id = 1", Long.class);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    private record Entry(long version, Object value, long nanos) {
    }
}
