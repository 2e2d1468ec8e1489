package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.FoldingFilters;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.CountryService;
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
    final Grid<RecordRow> grid = new Grid<>(RecordRow.class, false);
    private RecordFilter filter = RecordFilter.NONE;

    public RecordListView(RecordFinder records, CountryService countries) {
        this.records = records;
        this.filterBar = new RecordFilterBar(countries, this::applyFromUser);

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

    private void configureGrid() {
        // A link drawn by the browser from the row's data: no component per row is kept on the server.
        grid.addColumn(LitRenderer.<RecordRow>of("<a router-link href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", row -> "records/" + row.id())
                        .withProperty("title", RecordRow::title))
                .setHeader(getTranslation("record.title"))
                .setSortProperty("title")
                .setKey("title")
                .setWidth("14em")
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.kind().messageKey()))
                .setHeader(getTranslation("record.kind"))
                .setSortProperty("kind")
                .setKey("kind")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.period().format(getLocale()))
                .setHeader(getTranslation("record.period"))
                .setSortProperty("periodFrom")
                .setKey("period")
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.lead().displayName(getLocale()))
                .setHeader(getTranslation("record.lead"))
                .setSortProperty("leadCountry")
                .setKey("lead")
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.partners().stream()
                        .map(c -> c.displayName(getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("record.partners"))
                .setKey("partners")
                .setWidth("8em")
                .setFlexGrow(1);
        grid.addColumn(row -> row.headline() == null
                        ? ""
                        : FigureText.headline(
                                this,
                                row.headline().metric(),
                                row.headline().value(),
                                row.headline().qualifier(),
                                row.headline().unit()))
                .setHeader(getTranslation("records.headline"))
                .setKey("headline")
                .setWidth("11em")
                .setFlexGrow(2);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(emptyState());
        grid.setItemsPageable(pageable -> pager.page(records, filter, pageable));
        grid.setAriaLabel(getTranslation("records.title"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    // On a phone the grid keeps title and period.
    private void fitTo(int width) {
        boolean narrow = width < FoldingFilters.NARROW_WIDTH;
        List.of("kind", "lead", "partners", "headline")
                .forEach(key -> grid.getColumnByKey(key).setVisible(!narrow));
        grid.getColumnByKey("title").setWidth(narrow ? "12em" : "14em");
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
        grid.getDataProvider().refreshAll();
    }

    /**
     * Exactly the rows the grid shows for the current filter and order, read page by page from the service as the
     * file is written, up to {@link #CSV_MAX_ROWS}; the file says it stops there.
     */
    CsvTable csv() {
        List<QuerySortOrder> order = grid.getSortOrder().stream()
                .flatMap(sort -> sort.getSorted().getSortOrder(sort.getDirection()))
                .toList();
        Sort sort = VaadinSpringDataHelpers.toSpringDataSort(new Query<>(0, 1, order, null, null));
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
                        row.headline() == null
                                ? ""
                                : FigureText.headline(
                                        this,
                                        row.headline().metric(),
                                        row.headline().value(),
                                        row.headline().qualifier(),
                                        row.headline().unit())));
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
