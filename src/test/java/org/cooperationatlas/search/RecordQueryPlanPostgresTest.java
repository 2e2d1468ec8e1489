package org.cooperationatlas.search;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plans on PostgreSQL, which would fetch every candidate's row to test it along an index. */
@SpringBootTest
@ActiveProfiles("postgres")
@WithMockUser(username = "rita", roles = "VIEWER")
class RecordQueryPlanPostgresTest extends RecordQueryPlanTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_query_plan");
    }

    @Override
    protected boolean sortsFetchedCandidates() {
        return true;
    }
}
