package org.cooperationatlas.record;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Envers history tables, created by the same migration, on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@WithMockUser(username = "edith", roles = "EDITOR")
class RecordHistoryPostgresTest extends RecordHistoryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_history");
    }
}
