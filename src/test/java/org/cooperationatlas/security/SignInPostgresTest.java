package org.cooperationatlas.security;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Throttled sign-in on PostgreSQL: the counts are single-statement updates there too. */
@SpringBootTest
@ActiveProfiles("postgres")
class SignInPostgresTest extends SignInTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "sign_in");
    }
}
