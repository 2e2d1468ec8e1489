package org.cooperationatlas.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.importing.ColumnTarget;
import org.cooperationatlas.importing.ImportField;
import org.cooperationatlas.importing.ImportKind;
import org.cooperationatlas.importing.ImportProblem;
import org.cooperationatlas.importing.Layout;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "atlas.test.database=import-view")
class ImportViewTest extends KaribuTest {

    private static final String WIDE = """
            Country,Mission,Month,Individual Police Male,Individual Police Female,Formed Police Units Total
            China,UNTEST41,2041-03,15,3,140
            Ruritania,UNTEST41,2041-03,1,1,0
            Ghana,UNTEST41,2041-03,x,1,0
            """;

    @Autowired
    JdbcTemplate jdbc;

    private ImportView view;

    @BeforeEach
    void openAsAdmin() {
        login("ada", Role.ADMIN);
        UI.getCurrent().navigate(ImportView.class);
        view = _get(ImportView.class);
    }

    @Test
    void an_administrator_uploads_checks_and_imports_a_wide_file() throws Exception {
        upload("march.csv", WIDE);

        assertThat(view.fileMessage.getText()).contains("march.csv", "3 rows", "6 columns", "commas");
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.CONTRIBUTIONS);
        assertThat(view.layout.getValue()).isEqualTo(Layout.WIDE);
        assertThat(view.mappingGrid.mapping().targets().get(0)).isEqualTo(ColumnTarget.field(ImportField.COUNTRY));

        _click(view.check);
        finishBackgroundWork();

        List<ImportProblem> problems = GridKt._fetch(view.report.problems, 0, 100);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(3, 4);
        assertThat(view.report.describe(problems.get(0)))
                .isEqualTo(
                        "No country is called \"Ruritania\". If it is another name for one, say which with \"Treat as\", and "
                                + "every line with this name is accepted.");
        assertThat(GridKt._getFormattedRow(view.report.problems, 1))
                .contains("4", "Individual Police Male", "\"x\" is not a whole number.");
        assertThat(view.report.summary.getText())
                .startsWith("3 rows read; 2 with problems are left out. "
                        + "Would create 2, update 0 and leave 0 as they are.");
        assertThat(count()).isZero();

        _click(view.commit);
        finishBackgroundWork();

        assertThat(view.outcome.getText()).startsWith("Imported: 2 created, 0 updated, 0 already as in the file.");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void a_file_that_cannot_be_read_is_explained_and_nothing_else_is_offered() {
        upload("latin1.csv", "Country,Total\nC\u00f4te d'Ivoire,4\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(view.fileMessage.getText()).startsWith("The file is not UTF-8 text (line 2");
        assertThat(view.check.isVisible()
                        && view.check.getParent().orElseThrow().isVisible())
                .isFalse();
    }

    @Test
    void a_changed_mapping_is_used_and_can_be_saved_for_the_next_file() throws Exception {
        upload("long.csv", "Nation,Mission,Month,Type,Total\nChina,UNTEST42,2042-01,Troops,3\n");
        _click(view.check);
        finishBackgroundWork();
        assertThat(view.report.summary.getText()).startsWith("1 rows read; 1 with problems");
        assertThat(view.commit.isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<ColumnTarget> nation =
                (ComboBox<ColumnTarget>) GridKt._getCellComponent(view.mappingGrid.grid(), 0, "target");
        assertThat(nation.getAriaLabel()).contains("What column Nation fills");
        nation.setValue(ColumnTarget.field(ImportField.COUNTRY));
        _setValue(view.mappingName, "Nation files");
        _click(view.saveMapping);
        _click(view.check);
        finishBackgroundWork();
        assertThat(view.report.summary.getText()).startsWith("1 rows read; 0 with problems");
        assertThat(view.commit.isEnabled()).isTrue();

        upload("next.csv", "Total,Nation,Mission,Month,Type\n4,China,UNTEST42,2042-02,Troops\n");
        _setValue(
                view.savedMappings,
                view.savedMappings
                        .getListDataView()
                        .getItems()
                        .filter(mapping -> mapping.getName().equals("Nation files"))
                        .findFirst()
                        .orElseThrow());
        assertThat(view.mappingGrid.mapping().columnOf(ImportField.COUNTRY)).contains(1);
    }

    @Test
    void an_unknown_name_taken_for_a_country_on_its_problem_line_fixes_every_line_with_it() throws Exception {
        upload("names.csv", """
                Country,Mission,Month,Type,Total
                Grand Fenwick Duchy,UNTEST45,2045-01,Troops,3
                Grand Fenwick Duchy,UNTEST45,2045-02,Troops,5
                """);
        _click(view.check);
        finishBackgroundWork();
        assertThat(view.report.summary.getText())
                .contains("The file holds 8 people; 0 are in the accepted rows " + "and 8 are left out");
        assertThat(GridKt._getFormattedRow(view.report.problems, 0)).contains("3");

        Button treat = (Button) GridKt._getCellComponent(view.report.problems, 0, "fix");
        assertThat(treat.getText()).isEqualTo("Treat \"Grand Fenwick Duchy\" as …");
        _click(treat);
        CountryChoiceDialog dialog = _get(CountryChoiceDialog.class);
        _click(dialog.treat);
        assertThat(dialog.country.isInvalid()).isTrue();
        _setValue(
                dialog.country,
                dialog.country
                        .getListDataView()
                        .getItems()
                        .filter(country -> country.getIso2().equals("LU"))
                        .findFirst()
                        .orElseThrow());
        _click(dialog.treat);
        finishBackgroundWork();

        assertThat(view.report.summary.getText())
                .startsWith("2 rows read; 0 with problems are left out. " + "Would create 2");
        assertThat(jdbc.queryForObject(
                        "select iso2 from country_alias where alias = 'Grand Fenwick Duchy'", String.class))
                .isEqualTo("LU");
    }

    @Test
    void a_file_over_the_limit_is_refused_in_the_browser_with_its_size_and_the_limit() {
        JsonObject data = Json.createObject();
        data.put("event.detail.file.size", 60.0 * 1024 * 1024);
        data.put("event.detail.error", "File is Too Big.");
        data.put("event.detail.file.name", "un-2025.csv");
        ElementUtilsKt._fireDomEvent(
                view.upload.getElement(), new DomEvent(view.upload.getElement(), "file-reject", data));

        assertThat(view.fileMessage.getText()).startsWith("The file is 60.0 MB; the limit is 50.0 MB.");
    }

    @Test
    void viewers_cannot_open_the_import() {
        UI.getCurrent().navigate("");
        login("vera", Role.VIEWER);
        assertThatThrownBy(() -> {
                    UI.getCurrent().navigate(ImportView.class);
                    MockVaadin.clientRoundtrip();
                    _get(ImportView.class);
                })
                .hasMessageContaining("Access is denied");
    }

    private void upload(String name, String text) {
        upload(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void upload(String name, byte[] bytes) {
        UploadKt._upload(view.upload, name, "text/csv", bytes);
        MockVaadin.clientRoundtrip();
    }

    // The view works in the background and hands results back through UI.access, which a roundtrip runs.
    private void finishBackgroundWork() throws Exception {
        view.running.get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();
    }

    private int count() {
        return jdbc.queryForObject(
                "select count(*) from peacekeeping_contribution where year(period_month) = 2041", Integer.class);
    }
}
