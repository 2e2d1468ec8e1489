package org.cooperationatlas.peacekeeping.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.MonthRange;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PersonnelGroup;

/**
 * The UN's contribution lines behind a flow: a contributor's (or every contributor's) personnel in some missions
 * over a range of months, as the address names them. The grid reads a page at a time.
 */
@Route("contributions")
@AnonymousAllowed
public class ContributionLinesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String COUNTRY = "country";
    public static final String MISSION = "mission";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PERSONNEL = "personnel";
    /** The most lines a download holds; a flow over decades holds some thousands. */
    static final int MOST_DOWNLOADED = 100_000;

    final Grid<ContributionLine> grid = new Grid<>();
    final Paragraph description = new Paragraph();
    private final PeacekeepingFlows flows;
    private final CountryService countries;
    private final Locale locale = UI.getCurrent().getLocale();
    private LinesQuery query;
    private final Map<String, String> names = new HashMap<>();

    public ContributionLinesView(PeacekeepingFlows flows, CountryService countries) {
        this.flows = flows;
        this.countries = countries;
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        grid.addColumn(line -> MonthText.of(YearMonth.from(line.month()), locale))
                .setHeader(getTranslation("contributions.month"))
                .setKey("month");
        grid.addColumn(line -> countryName(line.country()))
                .setHeader(getTranslation("contributions.country"))
                .setKey("country")
                .setFlexGrow(2);
        grid.addColumn(ContributionLine::mission)
                .setHeader(getTranslation("contributions.mission"))
                .setKey("mission");
        grid.addColumn(line -> getTranslation(line.personnelType().messageKey()))
                .setHeader(getTranslation("contributions.type"))
                .setKey("type")
                .setFlexGrow(2);
        grid.addColumn(line -> line.female() == null ? "" : numbers.format(line.female()))
                .setHeader(getTranslation("contributions.female"))
                .setKey("female");
        grid.addColumn(line -> line.male() == null ? "" : numbers.format(line.male()))
                .setHeader(getTranslation("contributions.male"))
                .setKey("male");
        grid.addColumn(line -> numbers.format(line.total()))
                .setHeader(getTranslation("contributions.total"))
                .setKey("total");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setPageSize(100);
        add(
                new ViewToolbar(getTranslation("contributions.title"), new CsvDownload("contributions.csv", this::csv)),
                description,
                grid);
        setSizeFull();
        addClassNames(LumoUtility.Padding.MEDIUM);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Optional<LinesQuery> read = LinesQuery.of(parameters);
        if (read.isEmpty()) {
            query = null;
            description.setText(getTranslation("contributions.badAddress"));
            grid.setItems(List.of());
            return;
        }
        query = read.get();
        LinesQuery lines = query;
        grid.setItems(
                page -> flows
                        .lines(
                                lines.country(),
                                lines.missions(),
                                lines.range(),
                                lines.group(),
                                page.getOffset(),
                                page.getLimit())
                        .stream(),
                page -> flows.countLines(lines.country(), lines.missions(), lines.range(), lines.group()));
        description.setText(getTranslation(
                "contributions.description",
                lines.country() == null ? getTranslation("contributions.anyCountry") : countryName(lines.country()),
                getTranslation(lines.group().messageKey()),
                lines.missions().isEmpty()
                        ? getTranslation("contributions.anyMission")
                        : String.join(", ", lines.missions()),
                MonthText.of(lines.range().from(), lines.range().to(), locale),
                flows.countLines(lines.country(), lines.missions(), lines.range(), lines.group())));
    }

    CsvTable csv() {
        List<String> headers = grid.getColumns().stream()
                .map(column -> getTranslation("contributions." + column.getKey()))
                .toList();
        LinesQuery lines = query;
        int size = 1000;
        return new CsvTable(
                getTranslation("contributions.title"),
                List.of(description.getText()),
                headers,
                lines == null
                        ? List.of()
                        : CsvTable.paged(
                                page -> flows.lines(
                                        lines.country(),
                                        lines.missions(),
                                        lines.range(),
                                        lines.group(),
                                        page * size,
                                        size),
                                size,
                                MOST_DOWNLOADED,
                                line -> List.of(
                                        line.month().toString().substring(0, 7),
                                        line.country(),
                                        line.mission(),
                                        getTranslation(line.personnelType().messageKey()),
                                        line.female() == null
                                                ? ""
                                                : line.female().toString(),
                                        line.male() == null ? "" : line.male().toString(),
                                        String.valueOf(line.total()))));
    }

    // Names of the countries of the pages read so far: one contributor, or the few dozen serving in a place.
    private String countryName(String iso2) {
        return names.computeIfAbsent(
                iso2,
                code -> countries
                        .find(code)
                        .map(country -> country.displayName(locale))
                        .orElse(code));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contributions.title") + " · " + getTranslation("app.name");
    }

    /** The lines the address asks for; empty when its months are missing or not months. */
    record LinesQuery(String country, List<String> missions, MonthRange range, PersonnelGroup group)
            implements Serializable {

        static Optional<LinesQuery> of(Map<String, List<String>> parameters) {
            Optional<MonthRange> range = MonthRange.parse(first(parameters, FROM), first(parameters, TO));
            if (range.isEmpty()) {
                return Optional.empty();
            }
            String country = first(parameters, COUNTRY);
            PersonnelGroup group = PersonnelGroup.ALL;
            String named = first(parameters, PERSONNEL);
            if (named != null) {
                try {
                    group = PersonnelGroup.valueOf(named.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
            return Optional.of(new LinesQuery(
                    country == null || !country.matches("[A-Za-z]{2}") ? null : country.toUpperCase(Locale.ROOT),
                    parameters.getOrDefault(MISSION, List.of()).stream()
                            .filter(mission -> !mission.isBlank())
                            .toList(),
                    range.get(),
                    group));
        }

        private static String first(Map<String, List<String>> parameters, String name) {
            List<String> values = parameters.getOrDefault(name, List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }
}
