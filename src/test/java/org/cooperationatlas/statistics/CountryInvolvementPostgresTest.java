package org.cooperationatlas.statistics;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The per-country counts (native SQL with unions) on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
class CountryInvolvementPostgresTest extends CountryInvolvementTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "country_involvement");
    }
}
