package org.cooperationatlas.statistics;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The summary tables kept in step with the records on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
class RecordSummariesPostgresTest extends RecordSummariesTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_summaries");
    }
}
