package org.cooperationatlas.measure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MeasuresViewTest extends KaribuTest {

    @Autowired
    MeasureService measures;

    @Autowired
    RecordService records;

    @Autowired
    TestRecords testRecords;

    @Autowired
    JdbcTemplate jdbc;

    private MeasuresView openAsAdmin() {
        login("ada", Role.ADMIN);
        UI.getCurrent().navigate(MeasuresView.class);
        return _get(MeasuresView.class);
    }

    private static int row(com.vaadin.flow.component.grid.Grid<?> grid, String code) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._getFormattedRow(grid, row).contains(code)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + code);
    }

    @Test
    void the_metrics_and_units_are_listed_with_their_names_in_both_languages_and_their_kind() {
        MeasuresView view = openAsAdmin();
        assertThat(GridKt._getFormattedRow(view.metrics, row(view.metrics, "CASES_SOLVED")))
                .containsExactly("Cases solved · 破获案件", "CASES_SOLVED", "Cases", "yes");
        assertThat(GridKt._getFormattedRow(view.metrics, row(view.metrics, "CHANGE")))
                .contains("no");
        assertThat(GridKt._getFormattedRow(view.units, row(view.units, "VESSELS")))
                .containsExactly("Vessels · 船只", "VESSELS", "Count of something", "12 vessels");
        assertThat(GridKt._getFormattedRow(view.units, row(view.units, "PERCENT")))
                .contains("Percentage");
        assertThat(GridKt._size(view.units)).isGreaterThanOrEqualTo(50);
    }

    @Test
    void an_administrator_adds_a_unit_and_a_metric_in_both_languages() {
        MeasuresView view = openAsAdmin();
        _click(view.newUnit);
        _setValue(view.unitDialog.code, "drones");
        _setValue(view.unitDialog.nameEn, "Drones");
        _setValue(view.unitDialog.nameZh, "无人机");
        _setValue(view.unitDialog.valueEn, "{0} drones");
        _setValue(view.unitDialog.valueZh, "{0}架无人机");
        _setValue(view.unitDialog.kind, UnitKind.COUNT);
        _click(view.unitDialog.save);
        assertThat(view.unitDialog.isOpened()).isFalse();

        _click(view.newMetric);
        _setValue(view.metricDialog.code, "PATROL_DRONES_DEPLOYED");
        _setValue(view.metricDialog.nameEn, "Patrol drones deployed");
        _setValue(view.metricDialog.nameZh, "出动巡逻无人机");
        _setValue(view.metricDialog.usualUnit, new Unit("DRONES"));
        _click(view.metricDialog.save);
        assertThat(view.metricDialog.isOpened()).isFalse();
        assertThat(GridKt._getFormattedRow(view.metrics, row(view.metrics, "PATROL_DRONES_DEPLOYED")))
                .containsExactly("Patrol drones deployed · 出动巡逻无人机", "PATROL_DRONES_DEPLOYED", "Drones", "yes");

        assertThat(measures.measures().value(new Unit("DRONES"), "3", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("3架无人机");
        assertThat(measures.measures().usualUnit(new Metric("PATROL_DRONES_DEPLOYED")))
                .isEqualTo(new Unit("DRONES"));
        assertThat(measures.metricHistory("PATROL_DRONES_DEPLOYED"))
                .singleElement()
                .satisfies(change -> assertThat(change.who()).isEqualTo("ada"));
    }

    @Test
    void a_rename_is_kept_in_the_history_and_read_everywhere_next() {
        MeasuresView view = openAsAdmin();
        view.tabs.setSelectedIndex(1);
        GridKt._clickItem(view.units, row(view.units, "WORKING_GROUPS"));
        assertThat(view.unitDialog.code.isReadOnly()).isTrue();
        _setValue(view.unitDialog.nameEn, "Joint working groups");
        _click(view.unitDialog.save);
        assertThat(measures.measures().label(new Unit("WORKING_GROUPS"), Locale.ENGLISH))
                .isEqualTo("Joint working groups");

        GridKt._clickItem(view.units, row(view.units, "WORKING_GROUPS"));
        MeasureHistory history = _get(view.unitDialog, MeasureHistory.class);
        assertThat(GridKt._size(history.changes)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history.changes, 0)).contains("ada", "Changed");
        assertThat(GridKt._getFormattedRow(history.changes, 1)).contains("system", "Added");
        assertThat(String.join(" ", GridKt._getFormattedRow(history.changes, 1)))
                .contains("Working groups");
    }

    @Test
    void a_bad_or_taken_code_and_a_value_without_its_number_are_refused_and_nothing_is_saved() {
        MeasuresView view = openAsAdmin();
        long metricsBefore = jdbc.queryForObject("select count(*) from metric", Long.class);
        long unitsBefore = jdbc.queryForObject("select count(*) from unit", Long.class);

        _click(view.newMetric);
        _setValue(view.metricDialog.code, "9 lives!");
        _setValue(view.metricDialog.nameEn, "Lives");
        _setValue(view.metricDialog.nameZh, "生命");
        _click(view.metricDialog.save);
        assertThat(view.metricDialog.code.isInvalid()).isTrue();
        assertThat(view.metricDialog.code.getErrorMessage())
                .isEqualTo("Capital letters, digits and _ only, starting with a letter");

        _setValue(view.metricDialog.code, "CASES_SOLVED");
        _click(view.metricDialog.save);
        assertThat(view.metricDialog.code.getErrorMessage()).isEqualTo("The code CASES_SOLVED is taken.");
        assertThat(view.metricDialog.isOpened()).isTrue();
        assertThat(measures.measures().label(Metric.valueOf("CASES_SOLVED"), Locale.ENGLISH))
                .isEqualTo("Cases solved");
        view.metricDialog.close();

        _click(view.newUnit);
        _setValue(view.unitDialog.code, "BALES");
        _setValue(view.unitDialog.nameEn, "Bales");
        _setValue(view.unitDialog.nameZh, "捆");
        _setValue(view.unitDialog.valueEn, "bales");
        _setValue(view.unitDialog.valueZh, "{0}捆");
        _click(view.unitDialog.save);
        assertThat(view.unitDialog.valueEn.isInvalid()).isTrue();
        assertThat(view.unitDialog.valueEn.getErrorMessage()).isEqualTo("Write {0} where the number goes");

        assertThat(jdbc.queryForObject("select count(*) from metric", Long.class))
                .isEqualTo(metricsBefore);
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(unitsBefore);
    }

    @Test
    void a_service_caller_cannot_save_a_figure_of_a_metric_the_atlas_does_not_know() {
        login("edith", Role.EDITOR);
        CooperationRecord record = testRecords.unsaved("Patrol of unknown things");
        record.getFigures().get(0).setMetric(new Metric("NOT_A_METRIC"));
        long before = jdbc.queryForObject("select count(*) from cooperation_record", Long.class);
        assertThatThrownBy(() -> records.save(record)).hasMessageContaining("NOT_A_METRIC");
        assertThat(jdbc.queryForObject("select count(*) from cooperation_record", Long.class))
                .isEqualTo(before);
    }

    @Test
    void editors_cannot_open_the_metrics_and_units() {
        login("edith", Role.EDITOR);
        assertThatThrownBy(() -> {
                    UI.getCurrent().navigate(MeasuresView.class);
                    MockVaadin.clientRoundtrip();
                    _get(MeasuresView.class);
                })
                .hasMessageContaining("Access is denied");
    }
}
