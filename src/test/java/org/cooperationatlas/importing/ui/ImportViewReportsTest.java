package org.cooperationatlas.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.importing.report.ReportPlan;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The UN's reports dropped on the import page, as an administrator meets them. */
@TestPropertySource(properties = "atlas.test.database=import-view-reports")
class ImportViewReportsTest extends KaribuTest {

    private static final Path REPORTS = Path.of("../shared/un-reports");

    @Autowired
    JdbcTemplate jdbc;

    private ImportView view;

    @BeforeEach
    void openAsAdmin() {
        jdbc.update("delete from peacekeeping_contribution");
        jdbc.update("delete from contribution_by_country");
        jdbc.update("delete from contribution_report");
        jdbc.update("update data_version set version = version + 1 where id = 1");
        login("ada", Role.ADMIN);
        UI.getCurrent().navigate(ImportView.class);
        view = _get(ImportView.class);
    }

    @Test
    void reports_dropped_together_are_checked_as_a_batch_and_the_ready_ones_imported() throws Exception {
        upload("UN_country_contributions_2018_03.pdf");
        upload("UN_country_contributions_2024_06.pdf");
        view.reports.check();
        finishBackgroundWork();

        List<ReportPlan> plans = GridKt._fetch(view.reports.grid, 0, 10);
        assertThat(plans).extracting(ReportPlan::status).containsOnly(ReportPlan.Status.READY);
        assertThat(view.reports.summary.getText())
                .isEqualTo("2 reports: 2 ready to import, 0 already held or copies, 0 need you.");
        assertThat(ReportTexts.monthRead(view, plans.get(0))).isEqualTo("March 2018 (printed on the report)");
        assertThat(ReportTexts.holds(view, plans.get(0))).contains("it names no missions");
        assertThat(ReportTexts.totals(view, plans.get(1))).startsWith("Every total agrees (");
        assertThat(view.reports.commitBar.commit.getText())
                .isEqualTo("Import 2 reports ("
                        + String.format(
                                "%,d", plans.get(0).lines() + plans.get(1).lines()) + " lines)");
        assertThat(lines()).isZero();

        _click(view.reports.commitBar.commit);
        finishBackgroundWork();

        assertThat(view.reports.outcome.getText()).startsWith("Imported 2 months (March 2018, June 2024)");
        assertThat(lines()).isEqualTo(plans.get(0).lines() + plans.get(1).lines());
        assertThat(GridKt._fetch(view.reports.grid, 0, 10))
                .extracting(ReportPlan::status)
                .containsOnly(ReportPlan.Status.UNCHANGED);
    }

    @Test
    void a_file_that_is_not_a_report_says_why_and_nothing_can_be_imported() throws Exception {
        UploadKt._upload(view.upload, "notes.pdf", "application/pdf", "just some notes".getBytes());
        MockVaadin.clientRoundtrip();
        view.reports.check();
        finishBackgroundWork();

        ReportPlan plan = GridKt._fetch(view.reports.grid, 0, 10).get(0);
        assertThat(ReportTexts.status(view, plan)).isEqualTo("Cannot be read: This is not a PDF file.");
        assertThat(view.reports.commitBar.commit.isEnabled()).isFalse();
        assertThat(view.mappingGrid.isVisible()
                        && view.mappingGrid.getParent().orElseThrow().isVisible())
                .isFalse();
    }

    private void upload(String name) throws Exception {
        UploadKt._upload(view.upload, name, "application/pdf", Files.readAllBytes(REPORTS.resolve(name)));
        MockVaadin.clientRoundtrip();
    }

    // The step checks in the background and hands results back through UI.access, which a roundtrip runs; a check
    // asked for while one runs follows it.
    private void finishBackgroundWork() throws Exception {
        do {
            view.reports.running.get(60, TimeUnit.SECONDS);
            MockVaadin.clientRoundtrip();
        } while (!view.reports.running.isDone());
    }

    private int lines() {
        return jdbc.queryForObject("select count(*) from peacekeeping_contribution", Integer.class)
                + jdbc.queryForObject("select count(*) from contribution_by_country", Integer.class);
    }
}
