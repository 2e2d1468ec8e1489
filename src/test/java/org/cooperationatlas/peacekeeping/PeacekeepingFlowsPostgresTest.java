package org.cooperationatlas.peacekeeping;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Flows, counts and ranks on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
class PeacekeepingFlowsPostgresTest extends PeacekeepingFlowsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "peacekeeping_flows");
    }
}
