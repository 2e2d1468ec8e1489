package org.cooperationatlas.importing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cooperationatlas.peacekeeping.BundledStatisticsFile;
import org.cooperationatlas.peacekeeping.MonthStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The statistics that come with the atlas are exactly what its own reader makes of every report in the UN's
 * folder, read into an atlas that holds none yet. {@code -Datlas.bundled.write=true} writes the resources anew
 * from the folder instead of checking them (after the reader changed, say).
 */
@SpringBootTest(properties = "atlas.test.database=bundled-check")
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class BundledStatisticsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Autowired
    ReportImportService reports;

    @Test
    void the_shipped_statistics_are_what_the_reader_makes_of_every_report_of_the_folder() throws IOException {
        List<ReportFile> files = UnReportsFolder.read(reports, UnReportsFolder.all());
        List<ReportPlan> plans = reports.check(files, ReportChoices.NONE);
        assertThat(plans).hasSize(117);
        assertThat(plans)
                .allSatisfy(plan -> assertThat(plan.status())
                        .as(plan.fileName())
                        .isIn(ReportPlan.Status.READY, ReportPlan.Status.COPY));
        List<MonthStatistics> months = reports.ready(files, ReportChoices.NONE);
        assertThat(months).hasSize(113);
        String reportsCsv = BundledStatisticsFile.reportsCsv(months);
        String linesCsv = BundledStatisticsFile.linesCsv(months);
        if (Boolean.getBoolean("atlas.bundled.write")) {
            Files.writeString(RESOURCES.resolve(BundledStatisticsFile.REPORTS), reportsCsv);
            try (OutputStream out =
                    new GZIPOutputStream(Files.newOutputStream(RESOURCES.resolve(BundledStatisticsFile.LINES)))) {
                out.write(linesCsv.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(Files.readString(RESOURCES.resolve(BundledStatisticsFile.REPORTS)))
                .isEqualTo(reportsCsv);
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(RESOURCES.resolve(BundledStatisticsFile.LINES)))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(linesCsv);
        }
    }
}
