package org.cooperationatlas.statistics;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's aggregates on PostgreSQL, and the country counts of the map. */
@SpringBootTest
@ActiveProfiles("postgres")
class RecordStatisticsPostgresTest extends RecordStatisticsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_statistics");
    }
}
