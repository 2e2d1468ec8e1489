package org.cooperationatlas.measure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.MetricDefinition;
import org.cooperationatlas.measure.UnitDefinition;
import org.cooperationatlas.security.Role;

/**
 * What figures can measure and the units they are given in, which an administrator extends and renames as articles
 * count new things. A code, once taken, stays: it is what figures store.
 */
@Route("admin/metrics")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 10.5, icon = "vaadin:scale", title = "menu.measures")
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureService measures;
    final Grid<MetricDefinition> metrics = new Grid<>();
    final Grid<UnitDefinition> units = new Grid<>();
    final Button newMetric = new Button();
    final Button newUnit = new Button();
    final TabSheet tabs = new TabSheet();
    MetricDialog metricDialog;
    UnitDialog unitDialog;

    public MeasuresView(MeasureService measures) {
        this.measures = measures;
        metrics.addColumn(metric -> name(metric.getNameEn(), metric.getNameZh()))
                .setHeader(getTranslation("measures.name"))
                .setKey("name")
                .setFlexGrow(3);
        metrics.addColumn(MetricDefinition::getCode)
                .setHeader(getTranslation("measures.code"))
                .setKey("code")
                .setAutoWidth(true)
                .setFlexGrow(1);
        metrics.addColumn(metric -> known().label(metric.getUsualUnit(), getLocale()))
                .setHeader(getTranslation("measures.usualUnit"))
                .setKey("usualUnit")
                .setAutoWidth(true)
                .setFlexGrow(1);
        metrics.addColumn(metric -> getTranslation(metric.isSummable() ? "measures.adds" : "measures.addsNot"))
                .setHeader(getTranslation("measures.summable"))
                .setKey("summable")
                .setAutoWidth(true)
                .setFlexGrow(0);
        metrics.addItemClickListener(click -> open(click.getItem()));
        metrics.setAriaLabel(getTranslation("measures.metrics"));

        units.addColumn(unit -> name(unit.getNameEn(), unit.getNameZh()))
                .setHeader(getTranslation("measures.name"))
                .setKey("name")
                .setFlexGrow(2);
        units.addColumn(UnitDefinition::getCode)
                .setHeader(getTranslation("measures.code"))
                .setKey("code")
                .setAutoWidth(true)
                .setFlexGrow(1);
        units.addColumn(unit -> getTranslation(unit.getKind().messageKey()))
                .setHeader(getTranslation("measures.kind"))
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(1);
        units.addColumn(this::example)
                .setHeader(getTranslation("measures.example"))
                .setKey("example")
                .setAutoWidth(true)
                .setFlexGrow(1);
        units.addItemClickListener(click -> open(click.getItem()));
        units.setAriaLabel(getTranslation("measures.units"));

        newMetric.setText(getTranslation("measures.metric.new"));
        newMetric.setIcon(VaadinIcon.PLUS.create());
        newMetric.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newMetric.addClickListener(click -> open(MetricDefinition.blank()));
        newUnit.setText(getTranslation("measures.unit.new"));
        newUnit.setIcon(VaadinIcon.PLUS.create());
        newUnit.addClickListener(click -> open(UnitDefinition.blank()));

        tabs.add(getTranslation("measures.metrics"), tab(metrics));
        tabs.add(getTranslation("measures.units"), tab(units));
        tabs.setWidthFull();
        add(
                new ViewToolbar(getTranslation("measures.title"), newUnit, newMetric),
                new Paragraph(getTranslation("measures.intro")),
                tabs);
        addClassNames(LumoUtility.Padding.MEDIUM);
        refresh();
    }

    private static Component tab(Grid<?> grid) {
        grid.setHeight("34em");
        grid.setWidthFull();
        return grid;
    }

    /** The name in the reader's language, the other one after it, so that both can be checked at a glance. */
    private String name(String english, String chinese) {
        return chinese(getLocale()) ? chinese + " · " + english : english + " · " + chinese;
    }

    private String example(UnitDefinition unit) {
        String twelve = java.text.NumberFormat.getNumberInstance(getLocale()).format(12);
        return (chinese(getLocale()) ? unit.getValueZh() : unit.getValueEn()).replace("{0}", twelve);
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private Measures known() {
        return measures.measures();
    }

    private void open(MetricDefinition metric) {
        metricDialog = new MetricDialog(metric, known(), measures, saved -> refresh());
        metricDialog.open();
    }

    private void open(UnitDefinition unit) {
        unitDialog = new UnitDialog(unit, measures, saved -> refresh());
        unitDialog.open();
    }

    private void refresh() {
        metrics.setItems(measures.metricDefinitions());
        units.setItems(measures.unitDefinitions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measures.title") + " · " + getTranslation("app.name");
    }
}
