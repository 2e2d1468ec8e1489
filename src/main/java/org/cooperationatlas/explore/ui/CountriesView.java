package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.Collator;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.ChoiceBox;
import org.cooperationatlas.base.ui.ChoiceField;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.country.CountryShapes;
import org.cooperationatlas.country.ui.Flag;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.statistics.CountryInvolvement;
import org.cooperationatlas.statistics.RecordStatistics;

/** Every country, on a world map and in a list grouped by UN region, with how many records involve it. */
@Route("countries")
@AnonymousAllowed
@Menu(order = 2, icon = "vaadin:globe", title = "menu.countries")
public class CountriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEASURE = "measure";
    static final String MONTH = "month";

    enum Order {
        NAME,
        COUNT
    }

    // The countries and their counts are read again when the list changes rather than kept with the page: the
    // service and the aggregate cache answer at once, and a reader's session stays small.
    private final CountryService countryService;
    private final RecordStatistics records;
    private final CountryShapes shapes;
    // The counts of the latest rendering, shared with the aggregate cache; read again when the list changes.
    private transient Map<String, CountryInvolvement> involvement;
    private final Locale locale = UI.getCurrent().getLocale();
    final TextField search = new TextField();
    final ChoiceBox<Order> order;
    final Checkbox onlyWithRecords = new Checkbox();
    // The grouped list as one piece of HTML: headings and 250 links as components would stay in the session.
    final RenderedHtml groups = new RenderedHtml("div");
    final WorldMap map;
    final MapControls mapControls;
    private final PeacekeepingFlows personnel;
    // The countries with records the map cannot draw: beside the map while it shows records.
    private final RenderedHtml offMap;

    public CountriesView(
            CountryService countryService,
            RecordStatistics records,
            CountryShapes shapes,
            PeacekeepingFlows personnel) {
        this.countryService = countryService;
        this.records = records;
        this.shapes = shapes;
        this.personnel = personnel;

        List<Country> countries = countryService.all();
        map = new WorldMap(shapes);
        mapControls = new MapControls(this::measureChanged);
        offMap = offMap(countries);
        FlexLayout mapRow = new FlexLayout(map, offMap);
        mapRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        mapRow.addClassNames(LumoUtility.Gap.MEDIUM);
        mapRow.setWidthFull();
        map.getElement().getStyle().set("flex", "3 1 32em");
        offMap.getElement().getStyle().set("flex", "1 1 14em");

        search.setLabel(getTranslation("countries.search"));
        search.setPlaceholder(getTranslation("countries.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        order = ChoiceField.required(
                getTranslation("countries.order"),
                List.of(Order.values()),
                value -> getTranslation("countries.order." + value.name()));
        order.setValue(Order.NAME);
        onlyWithRecords.setLabel(getTranslation("countries.onlyWithRecords"));
        onlyWithRecords.setValue(true);
        search.addValueChangeListener(change -> showGroups());
        order.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showGroups();
            }
        });
        onlyWithRecords.addValueChangeListener(change -> showGroups());
        FlexLayout controls = new FlexLayout(search, order, onlyWithRecords);
        controls.setAlignItems(Alignment.BASELINE);
        controls.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);

        add(
                new ViewToolbar(getTranslation("countries.title"), new CsvDownload("countries.csv", this::csv)),
                mapControls,
                mapRow,
                controls,
                groups);
        addClassNames(LumoUtility.Padding.MEDIUM);
        groups.addClassName(LumoUtility.Width.FULL);
        showGroups();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        MapMeasure measure = MapMeasure.RECORDS;
        String named = parameters.getOrDefault(MEASURE, List.of("")).get(0);
        for (MapMeasure candidate : MapMeasure.values()) {
            if (candidate.name().equalsIgnoreCase(named)) {
                measure = candidate;
            }
        }
        List<YearMonth> held = measure == MapMeasure.RECORDS ? List.of() : personnel.months();
        YearMonth month = null;
        try {
            month = YearMonth.parse(parameters.getOrDefault(MONTH, List.of("")).get(0));
        } catch (DateTimeParseException notAMonth) {
            // the latest month held
        }
        YearMonth shown =
                month != null && held.contains(month) ? month : held.isEmpty() ? null : held.get(held.size() - 1);
        mapControls.show(measure, shown, held);
        showMap(measure, shown);
    }

    private void showMap(MapMeasure measure, YearMonth month) {
        offMap.setVisible(measure == MapMeasure.RECORDS || month == null);
        if (measure == MapMeasure.RECORDS || month == null) {
            map.showRecords(countryService.all(), involvement());
            return;
        }
        String label = getTranslation(measure.messageKey()) + " · " + MonthText.of(month, locale);
        if (measure == MapMeasure.PERSONNEL_HOSTED
                && personnel.monthsWithoutMissions().contains(month)) {
            label += " · " + getTranslation("countries.withoutMissions", MonthText.of(month, locale));
        }
        Map<String, Long> counts = switch (measure) {
            case POLICE_CONTRIBUTED -> personnel.contributedIn(month, PersonnelGroup.POLICE);
            case PERSONNEL_CONTRIBUTED -> personnel.contributedIn(month, PersonnelGroup.ALL);
            default -> personnel.hostedIn(month, PersonnelGroup.ALL);
        };
        map.showPersonnel(countryService.all(), counts, label);
    }

    /** The reader chose another measure or month: the address takes it, and the map is drawn from the address. */
    private void measureChanged(MapMeasure measure, YearMonth month) {
        Map<String, String> parameters = new HashMap<>();
        if (measure != MapMeasure.RECORDS) {
            parameters.put(MEASURE, measure.name().toLowerCase(Locale.ROOT));
            if (month != null) {
                parameters.put(MONTH, month.toString());
            }
        }
        UI.getCurrent().navigate(CountriesView.class, QueryParameters.simple(parameters));
    }

    /** Countries with records that the map cannot draw: too small for its scale, or not in its data. */
    private RenderedHtml offMap(List<Country> countries) {
        List<String> notDrawn = countries.stream()
                .filter(c -> !shapes.isDrawn(c.getIso2()) && counts(c).total() > 0)
                .sorted(byName())
                .map(Country::getIso2)
                .toList();
        long others = countries.stream()
                .filter(c -> !shapes.isDrawn(c.getIso2()) && counts(c).total() == 0)
                .count();
        RenderedHtml panel = new RenderedHtml("section");
        // Rendered from the codes alone whenever it is shown: the countries come from the service's cache.
        panel.render(() -> element("h3", getTranslation("countries.offMap.title"), LumoUtility.FontSize.MEDIUM)
                + (notDrawn.isEmpty()
                        ? element("p", getTranslation("countries.offMap.none"))
                        : "<ul>" + items(inOrder(notDrawn)) + "</ul>")
                + element(
                        "p",
                        getTranslation("countries.offMap.note", others),
                        LumoUtility.TextColor.SECONDARY,
                        LumoUtility.FontSize.SMALL));
        return panel;
    }

    void showGroups() {
        // Rendered again from the fields (which a re-attach keeps) rather than kept as text.
        groups.render(groupsHtml(), this::groupsHtml);
    }

    private String groupsHtml() {
        List<Country> shown = shown();
        if (shown.isEmpty()) {
            return "<p>" + RenderedHtml.escape(getTranslation("countries.none")) + "</p>";
        }
        return grouped(shown);
    }

    /** The countries the search, the "only with records" switch and the order leave, in that order. */
    private List<Country> shown() {
        String text = search.getValue().trim().toLowerCase(locale);
        involvement = records.involvementByCountry();
        return countryService.all().stream()
                .filter(c -> !onlyWithRecords.getValue() || counts(c).total() > 0)
                .filter(c -> text.isEmpty()
                        || c.displayName(locale).toLowerCase(locale).contains(text)
                        || c.getNameEn().toLowerCase(Locale.ROOT).contains(text)
                        || c.getIso2().equalsIgnoreCase(text))
                .sorted(
                        order.getValue() == Order.COUNT
                                ? Comparator.comparingLong(
                                                (Country c) -> counts(c).total())
                                        .reversed()
                                        .thenComparing(byName())
                                : byName())
                .toList();
    }

    /** The countries shown, with their region and counts, as the CSV download gives them. */
    CsvTable csv() {
        return new CsvTable(
                getTranslation("countries.title"),
                List.of(),
                List.of(
                        getTranslation("records.filter.region"),
                        getTranslation("countries.subRegion"),
                        getTranslation("countries.country"),
                        "ISO",
                        getTranslation("countries.records"),
                        getTranslation("countryRole.LEAD"),
                        getTranslation("countryRole.PARTNER"),
                        getTranslation("countryRole.PLACE")),
                shown().stream()
                        .map(c -> {
                            CountryInvolvement counts = counts(c);
                            return List.of(
                                    Regions.label(this, c.getRegion()),
                                    Regions.label(this, c.getSubRegion()),
                                    c.displayName(locale),
                                    c.getIso2(),
                                    String.valueOf(counts.total()),
                                    String.valueOf(counts.asLead()),
                                    String.valueOf(counts.asPartner()),
                                    String.valueOf(counts.asPlace()));
                        })
                        .toList());
    }

    /** The countries under a heading per UN region and sub-region, each group a list of links. */
    private String grouped(List<Country> shown) {
        Map<String, Map<String, List<Country>>> byRegion = shown.stream()
                .collect(Collectors.groupingBy(
                        c -> Objects.requireNonNullElse(c.getRegion(), ""),
                        LinkedHashMap::new,
                        Collectors.groupingBy(
                                c -> Objects.requireNonNullElse(c.getSubRegion(), ""),
                                LinkedHashMap::new,
                                Collectors.toList())));
        StringBuilder html = new StringBuilder();
        byRegion.keySet().stream()
                .sorted(groupOrder(region -> byRegion.get(region).values().stream()
                        .flatMap(List::stream)
                        .toList()))
                .forEach(region -> {
                    String heading =
                            region.isEmpty() ? getTranslation("countries.noRegion") : Regions.label(this, region);
                    html.append(element("h2", heading, LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE));
                    Map<String, List<Country>> subRegions = byRegion.get(region);
                    subRegions.keySet().stream()
                            .sorted(groupOrder(subRegions::get))
                            .forEach(subRegion -> {
                                if (!subRegion.isEmpty()) {
                                    html.append(element(
                                            "h3",
                                            Regions.label(this, subRegion),
                                            LumoUtility.FontSize.MEDIUM,
                                            LumoUtility.TextColor.SECONDARY,
                                            LumoUtility.Margin.Vertical.SMALL));
                                }
                                html.append("<ul class=\"atlas-country-list\">")
                                        .append(items(subRegions.get(subRegion)))
                                        .append("</ul>");
                            });
                });
        return html.toString();
    }

    private static String element(String tag, String text, String... classNames) {
        String attributes = classNames.length == 0 ? "" : " class=\"" + String.join(" ", classNames) + "\"";
        return "<" + tag + attributes + ">" + RenderedHtml.escape(text) + "</" + tag + ">";
    }

    /**
     * Countries as list items of links to their profiles, in one piece of escaped HTML: a list of 250 countries
     * as components would keep some 2,500 elements on the server for as long as the page is open. The links carry
     * the router-link attribute, so that the router opens a profile without reloading the page.
     */
    private String items(List<Country> members) {
        StringBuilder html = new StringBuilder();
        for (Country country : members) {
            CountryInvolvement counts = counts(country);
            String name = country.displayName(locale);
            String total = getTranslation("countries.recordCount", counts.total());
            html.append("<li><a router-link class=\"atlas-country-link\" href=\"")
                    .append(RenderedHtml.escape(RouteConfiguration.forSessionScope()
                            .getUrl(
                                    CountryProfileView.class,
                                    new RouteParameters(CountryProfileView.ISO2, country.getIso2()))))
                    .append("\" aria-label=\"")
                    .append(RenderedHtml.escape(name + ", " + total))
                    .append("\">")
                    .append(Flag.html(country.getIso2()))
                    .append("<span>")
                    .append(RenderedHtml.escape(name))
                    .append("</span>")
                    .append("<span theme=\"badge pill small")
                    .append(counts.total() > 0 ? "" : " contrast")
                    .append("\" title=\"")
                    .append(RenderedHtml.escape(getTranslation(
                            "countries.map.tooltip",
                            counts.total(),
                            counts.asLead(),
                            counts.asPartner(),
                            counts.asPlace())))
                    .append("\">")
                    .append(RenderedHtml.escape(total))
                    .append("</span>");
            if (counts.total() > 0) {
                html.append("<span class=\"atlas-country-roles\">")
                        .append(RenderedHtml.escape(getTranslation(
                                "countries.roles", counts.asLead(), counts.asPartner(), counts.asPlace())))
                        .append("</span>");
            }
            html.append("</a></li>");
        }
        return html.toString();
    }

    private List<Country> inOrder(List<String> codes) {
        Map<String, Country> byCode = countryService.byCodes(codes);
        return codes.stream().map(byCode::get).filter(Objects::nonNull).toList();
    }

    private Map<String, CountryInvolvement> involvement() {
        if (involvement == null) {
            involvement = records.involvementByCountry();
        }
        return involvement;
    }

    private CountryInvolvement counts(Country country) {
        return involvement().getOrDefault(country.getIso2(), CountryInvolvement.none(country.getIso2()));
    }

    private Comparator<Country> byName() {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing(c -> c.displayName(locale), collator);
    }

    // Groups by name, or by their records when sorting by count; countries without a region (Antarctica) come last.
    private Comparator<String> groupOrder(java.util.function.Function<String, List<Country>> members) {
        Comparator<String> noneLast = Comparator.comparing(String::isEmpty);
        if (order.getValue() == Order.COUNT) {
            return noneLast.thenComparing(Comparator.comparingLong((String group) -> members.apply(group).stream()
                                    .mapToLong(c -> counts(c).total())
                                    .sum())
                            .reversed())
                    .thenComparing(Comparator.naturalOrder());
        }
        return noneLast.thenComparing(Comparator.naturalOrder());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("countries.title") + " · " + getTranslation("app.name");
    }
}
