package org.cooperationatlas.seed;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migrations, and the seed article fact by fact, on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
class SeedArticlePostgresTest extends SeedArticleTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "seed_article");
    }
}
