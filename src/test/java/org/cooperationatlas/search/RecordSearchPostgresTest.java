package org.cooperationatlas.search;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Filters, sorting and text plans on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@WithMockUser(username = "edith", roles = "EDITOR")
class RecordSearchPostgresTest extends RecordSearchTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_search");
    }

    @Override
    protected boolean sortsFetchedCandidates() {
        return true;
    }
}
