package org.cooperationatlas.record;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The records from public reports as PostgreSQL holds them after the same migration. */
@SpringBootTest(properties = "spring.flyway.placeholders.publicRecords=true")
@ActiveProfiles("postgres")
class PublicRecordsPostgresTest extends PublicRecordsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "public_records");
    }
}
