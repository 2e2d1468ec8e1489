package org.cooperationatlas.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.cooperationatlas.base.ui.FoldingFilters;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.ui.RecordFilterBar;
import org.cooperationatlas.record.ui.RecordListView;
import org.cooperationatlas.statistics.RecordStatistics;

/**
 * The first page: headline numbers and charts over the records that the filters select. The filters are the
 * records grid's own, held in the URL, so a filtered dashboard can be bookmarked and opens the same records.
 */
@Route("")
@AnonymousAllowed
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.dashboard")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RecordStatistics statistics;
    private final PeacekeepingService peacekeeping;
    final RecordFilterBar filterBar;
    final HeadlineTiles tiles = new HeadlineTiles();
    final DashboardCharts charts = new DashboardCharts(this::openRecords);
    private final RouterLink openAll = new RouterLink();
    private RecordFilter filter = RecordFilter.NONE;

    private final MeasureService measures;

    public DashboardView(
            RecordStatistics statistics,
            PeacekeepingService peacekeeping,
            CountryService countries,
            MeasureService measures) {
        this.measures = measures;
        this.statistics = statistics;
        this.peacekeeping = peacekeeping;
        this.filterBar = new RecordFilterBar(
                countries,
                measures,
                DashboardView.class,
                changed ->
                        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(changed.toParameters())));
        openAll.setText(getTranslation("dashboard.openRecords"));
        openAll.setRoute(RecordListView.class);
        add(
                new ViewToolbar(getTranslation("dashboard.title"), openAll),
                new FoldingFilters(filterBar, () -> !filter.isEmpty()),
                tiles,
                charts);
        addClassNames(LumoUtility.Padding.MEDIUM);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = filterBar.showFromUrl(event.getLocation().getQueryParameters());
        openAll.setQueryParameters(QueryParameters.simple(filter.toParameters()));
        Measures known = measures.measures();
        tiles.show(statistics, known, filter);
        charts.show(statistics, peacekeeping, known, filter);
    }

    private void openRecords(RecordFilter behindTheClick) {
        UI.getCurrent().navigate(RecordListView.class, QueryParameters.simple(behindTheClick.toParameters()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
