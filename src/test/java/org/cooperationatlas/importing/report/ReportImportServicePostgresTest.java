package org.cooperationatlas.importing.report;

import org.cooperationatlas.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The UN's reports checked and imported on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
class ReportImportServicePostgresTest extends ReportImportServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.register(registry, "report_import");
    }
}
