package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.BrowserGrid;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.FoldingFilters;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.security.ReadAccess;
import org.cooperationatlas.security.Role;
import org.springframework.data.domain.Sort;

/** All records in a lazily loaded grid; the filters live in the URL so that any view can be bookmarked. */
@Route("records")
@AnonymousAllowed
@Menu(order = 1, icon = "vaadin:table", title = "menu.records")
public class RecordListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CSV_PAGE = 500;
    private static final int CSV_MAX_ROWS = 100_000;

    private final RecordFinder records;
    private final RecordPager pager = new RecordPager();
    private final RecordFilterBar filterBar;
    private RecordFilter filter = RecordFilter.NONE;
    final BrowserGrid<RecordRow> grid;

    private final MeasureService measures;

    public RecordListView(RecordFinder records, CountryService countries, MeasureService measures) {
        this.measures = measures;
        this.records = records;
        this.filterBar = new RecordFilterBar(countries, measures, RecordListView.class, this::applyFromUser);
        this.grid = new BrowserGrid<>(pageable -> pager.page(records, filter, pageable));

        configureGrid();
        add(
                new ViewToolbar(getTranslation("records.title"), actions()),
                new FoldingFilters(filterBar, () -> !filter.isEmpty()),
                grid);
        setSizeFull();
        addClassNames(LumoUtility.Padding.MEDIUM);
        setFlexGrow(1, grid);
    }

    /** The download for everyone; a new record for editors only (a reader's page keeps no hidden button). */
    private Component[] actions() {
        CsvDownload download = new CsvDownload("records.csv", this::csv);
        if (!ReadAccess.has(Role.EDITOR)) {
            return new Component[] {download};
        }
        Button create = new Button(
                getTranslation("records.new"),
                VaadinIcon.PLUS.create(),
                click -> UI.getCurrent()
                        .navigate(RecordFormView.class, new RouteParameters(RecordFormView.ID, RecordFormView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Component[] {download, create};
    }

    // On a phone the grid keeps title and period.
    private void configureGrid() {
        grid.addLinkColumn(
                        "title",
                        getTranslation("record.title"),
                        RecordRow::title,
                        row -> "records/" + row.id(),
                        "title")
                .setWidth("14em")
                .setPhoneWidth("12em")
                .setFlexGrow(2);
        grid.addColumn(
                        "kind",
                        getTranslation("record.kind"),
                        row -> getTranslation(row.kind().messageKey()),
                        "kind")
                .setWidth("9em")
                .setFlexGrow(0)
                .hiddenOnPhone();
        grid.addColumn(
                        "period",
                        getTranslation("record.period"),
                        row -> row.period().format(getLocale()),
                        "periodFrom")
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn("lead", getTranslation("record.lead"), row -> row.lead().displayName(getLocale()), "leadCountry")
                .setWidth("8em")
                .setFlexGrow(0)
                .hiddenOnPhone();
        grid.addColumn("partners", getTranslation("record.partners"), this::partners, null)
                .setWidth("8em")
                .setFlexGrow(1)
                .hiddenOnPhone();
        grid.addColumn("headline", getTranslation("records.headline"), this::headline, null)
                .setWidth("11em")
                .setFlexGrow(2)
                .hiddenOnPhone();
        grid.addThemeNames("row-stripes", "wrap-cell-content");
        grid.setEmptyState(emptyState());
        grid.setAriaLabel(getTranslation("records.title"));
    }

    private String partners(RecordRow row) {
        return row.partners().stream()
                .map(c -> c.displayName(getLocale()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private String headline(RecordRow row) {
        return row.headline() == null
                ? ""
                : FigureText.headline(
                        this,
                        measures.measures(),
                        row.headline().metric(),
                        row.headline().value(),
                        row.headline().qualifier(),
                        row.headline().unit());
    }

    /**
     * What the grid says when no record matches: sent as HTML, with a link to the unfiltered grid that clears the
     * filters as the clear button does, rather than components the server would keep with every reader's grid.
     */
    private RenderedHtml emptyState() {
        RenderedHtml state = new RenderedHtml("div");
        state.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.LARGE);
        state.render(() -> "<span class=\"" + LumoUtility.FontWeight.SEMIBOLD + "\">"
                + RenderedHtml.escape(getTranslation("records.empty.title")) + "</span><p class=\""
                + LumoUtility.TextColor.SECONDARY + " " + LumoUtility.Margin.NONE + "\">"
                + RenderedHtml.escape(getTranslation("records.empty.hint")) + "</p><a router-link href=\"records\">"
                + RenderedHtml.escape(getTranslation("records.filter.clear")) + "</a>");
        return state;
    }

    // Every change goes through the URL, so that back and forward walk through the reader's filters.
    private void applyFromUser(RecordFilter changed) {
        UI.getCurrent().navigate(RecordListView.class, QueryParameters.simple(changed.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = filterBar.showFromUrl(event.getLocation().getQueryParameters());
        grid.refresh();
    }

    /**
     * Exactly the rows the grid shows for the current filter and order, read page by page from the service as the
     * file is written, up to {@link #CSV_MAX_ROWS}; the file says it stops there.
     */
    CsvTable csv() {
        Sort sort = grid.getOrder();
        RecordFilter shown = filter;
        RecordPager csvPager = new RecordPager();
        Iterable<List<String>> rows = CsvTable.paged(
                page -> csvPager.page(records, shown, page, CSV_PAGE, sort),
                CSV_PAGE,
                CSV_MAX_ROWS,
                row -> List.of(
                        String.valueOf(row.id()),
                        row.title(),
                        getTranslation(row.kind().messageKey()),
                        getTranslation(row.crimeArea().messageKey()),
                        row.period().format(getLocale()),
                        row.lead().displayName(getLocale()),
                        row.partners().stream()
                                .map(c -> c.displayName(getLocale()))
                                .sorted()
                                .collect(Collectors.joining("; ")),
                        headline(row)));
        List<String> notes = new ArrayList<>(List.of(getTranslation(
                "records.csv.filter",
                filter.isEmpty()
                        ? getTranslation("records.csv.noFilter")
                        : QueryParameters.simple(filter.toParameters()).getQueryString())));
        // Written before the rows, which are read as the file is written: said whenever the download stops there.
        notes.add(getTranslation("records.csv.capped", CSV_MAX_ROWS));
        return new CsvTable(
                getTranslation("records.title"),
                notes,
                List.of(
                        "id",
                        getTranslation("record.title"),
                        getTranslation("record.kind"),
                        getTranslation("record.crimeArea"),
                        getTranslation("record.period"),
                        getTranslation("record.lead"),
                        getTranslation("record.partners"),
                        getTranslation("records.headline")),
                rows);
    }

    RecordFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.title") + " · " + getTranslation("app.name");
    }
}
