package org.cooperationatlas.record.ui;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Keyset paging on PostgreSQL, whose collation orders titles differently from H2's. */
@SpringBootTest
@ActiveProfiles("postgres")
@WithMockUser(username = "rita", roles = "VIEWER")
class RecordPagerPostgresTest extends RecordPagerTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "record_pager");
    }
}
