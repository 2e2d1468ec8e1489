package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cooperationatlas.base.domain.FlowGroups;
import org.cooperationatlas.base.ui.ChoiceBox;
import org.cooperationatlas.base.ui.ChoiceField;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.base.ui.chart.ChartCard;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.base.ui.chart.EChart.ChartClick;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.country.CountryShapes;
import org.cooperationatlas.peacekeeping.MonthRange;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.peacekeeping.ui.StatisticsLoadingText;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.ui.RecordChoices;
import org.cooperationatlas.statistics.FlowRole;
import org.cooperationatlas.statistics.RecordStatistics;

/**
 * Who sends police where: flows from contributing countries to the places their UN missions serve, for a month or
 * a range of months and a personnel group, drawn as arcs on the world map and as a ranked sankey; or the records'
 * flows from lead countries to partners and places. The filters live in the address; a click on a flow opens the
 * contribution lines or the records behind it.
 */
@Route("flows")
@AnonymousAllowed
@Menu(order = 2.5, icon = "vaadin:exchange", title = "menu.flows")
public class FlowsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Contributors and places the sankey names before it gathers the rest as others. */
    static final int SANKEY_SOURCES = 12;

    static final int SANKEY_TARGETS = 12;

    final RadioButtonGroup<FlowQuery.Show> show = new RadioButtonGroup<>();
    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final ChoiceBox<PersonnelGroup> personnel;
    final ChoiceBox<RecordKind> kind;
    final ChoiceBox<CrimeArea> crimeArea;
    final ChoiceBox<FlowRole> role;
    final ChartCard arcs;
    final ChartCard sankey;
    final RenderedHtml behind = new RenderedHtml("div");
    private final Paragraph noStatistics = new Paragraph();
    private final FlexLayout personnelFilters;
    private final FlexLayout recordFilters;
    private final PeacekeepingFlows flows;
    private final PersonnelFlowPicture personnelPicture;
    private final RecordFlowPicture recordPicture;
    private FlowQuery query;
    private boolean showing;

    public FlowsView(
            PeacekeepingFlows flows, RecordStatistics statistics, RecordService records, CountryService countries) {
        this.flows = flows;
        Locale locale = UI.getCurrent().getLocale();
        this.personnelPicture = new PersonnelFlowPicture(this, flows, countries, locale);
        this.recordPicture = new RecordFlowPicture(this, statistics, records, countries, locale);
        arcs = card("flows.arcs.title", "flows.arcs.description");
        arcs.chart().useMap(CountryShapes.MAP_NAME, CountryShapes.MAP_URL);
        arcs.chart().setChartHeight("460px");
        sankey = card("flows.sankey.title", "flows.sankey.description");
        sankey.chart().setChartHeight("520px");
        arcs.chart().addClickListener(this::clicked);
        sankey.chart().addClickListener(this::clicked);

        show.setLabel(getTranslation("flows.show"));
        show.setItems(FlowQuery.Show.values());
        show.setItemLabelGenerator(value -> getTranslation("flows.show." + value.name()));
        from.setLabel(getTranslation("flows.from"));
        to.setLabel(getTranslation("flows.to"));
        for (ComboBox<YearMonth> month : List.of(from, to)) {
            month.setItemLabelGenerator(value -> MonthText.of(value, locale));
            month.setAllowCustomValue(false);
            month.setWidth("12em");
        }
        personnel = ChoiceField.required(
                getTranslation("flows.personnel"),
                List.of(PersonnelGroup.values()),
                value -> getTranslation(value.messageKey()));
        personnel.setWidth("22em");
        kind = RecordChoices.kind(this);
        crimeArea = RecordChoices.crimeArea(this);
        role = ChoiceField.required(
                getTranslation("flows.role"), List.of(FlowRole.values()), value -> getTranslation(value.messageKey()));

        show.addValueChangeListener(change -> changed(query.withShow(change.getValue())));
        from.addValueChangeListener(change -> monthsChanged());
        to.addValueChangeListener(change -> monthsChanged());
        personnel.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                changed(query.withGroup(change.getValue()));
            }
        });
        kind.addValueChangeListener(change -> recordsChanged());
        crimeArea.addValueChangeListener(change -> recordsChanged());
        role.addValueChangeListener(change -> recordsChanged());

        personnelFilters = filters(from, to, personnel);
        recordFilters = filters(kind, crimeArea, role);
        noStatistics.addClassNames(LumoUtility.TextColor.SECONDARY);
        behind.addClassName("atlas-flow-records");
        add(
                new ViewToolbar(getTranslation("flows.title")),
                filters(show, personnelFilters, recordFilters),
                noStatistics,
                arcs,
                sankey,
                behind);
        addClassNames(LumoUtility.Padding.MEDIUM);
    }

    private ChartCard card(String titleKey, String descriptionKey) {
        return new ChartCard(getTranslation(titleKey), new EChart(getTranslation(descriptionKey)));
    }

    private static FlexLayout filters(com.vaadin.flow.component.Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<YearMonth> months = flows.months();
        Optional<YearMonth> latest = months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
        query = FlowQuery.of(event.getLocation().getQueryParameters().getParameters(), latest);
        showing = true;
        try {
            show.setValue(query.show());
            from.setItems(months);
            to.setItems(months);
            from.setValue(query.range() == null ? null : query.range().from());
            to.setValue(query.range() == null ? null : query.range().to());
            personnel.setValue(query.group());
            kind.setValue(query.kind());
            crimeArea.setValue(query.crimeArea());
            role.setValue(query.role());
        } finally {
            showing = false;
        }
        draw();
    }

    private void monthsChanged() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        YearMonth first = from.getValue().isAfter(to.getValue()) ? to.getValue() : from.getValue();
        YearMonth last = from.getValue().isAfter(to.getValue()) ? from.getValue() : to.getValue();
        changed(query.withRange(new MonthRange(first, last)));
    }

    private void recordsChanged() {
        if (role.getValue() == null) {
            return;
        }
        changed(query.withRecords(kind.getValue(), crimeArea.getValue(), role.getValue()));
    }

    /** A filter changed by the reader: the address takes it, and the page is drawn from the address. */
    private void changed(FlowQuery changed) {
        if (!showing && !changed.equals(query)) {
            UI.getCurrent().navigate(FlowsView.class, QueryParameters.simple(changed.toParameters()));
        }
    }

    private void draw() {
        boolean personnelShown = query.show() == FlowQuery.Show.PERSONNEL;
        personnelFilters.setVisible(personnelShown);
        recordFilters.setVisible(!personnelShown);
        behind.render("", () -> "");
        boolean nothing = personnelShown && query.range() == null;
        noStatistics.setText(StatisticsLoadingText.or(this, flows.statisticsLoading(), "flows.noStatistics"));
        noStatistics.setVisible(nothing);
        arcs.setVisible(!nothing);
        sankey.setVisible(!nothing);
        if (nothing) {
            return;
        }
        if (personnelShown) {
            personnelPicture.draw(query, arcs, sankey);
        } else {
            recordPicture.draw(query, arcs, sankey);
        }
    }

    /** A click on an arc, a sankey link or a sankey node: its key names the two ends, or one end. */
    void clicked(ChartClick click) {
        String key = click.key();
        String source = null;
        String target = null;
        if (key.startsWith("from:")) {
            source = key.substring("from:".length());
        } else if (key.startsWith("to:")) {
            target = key.substring("to:".length());
        } else if (key.contains(">")) {
            source = key.substring(0, key.indexOf('>'));
            target = key.substring(key.indexOf('>') + 1);
        } else {
            return;
        }
        source = FlowGroups.OTHERS.equals(source) ? null : source;
        target = FlowGroups.OTHERS.equals(target) ? null : target;
        if (source == null && target == null) {
            return;
        }
        if (query.show() == FlowQuery.Show.PERSONNEL) {
            personnelPicture.open(query, source, target);
        } else {
            recordPicture.open(query, source, target, behind);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flows.title") + " · " + getTranslation("app.name");
    }
}
