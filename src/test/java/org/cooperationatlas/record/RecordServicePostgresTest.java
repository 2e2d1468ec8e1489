package org.cooperationatlas.record;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Validation and optimistic locking on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@WithMockUser(username = "edith", roles = "EDITOR")
class RecordServicePostgresTest extends RecordServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_service");
    }
}
