package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.base.ui.chart.ChartCard;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.country.ui.Flag;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.peacekeeping.HostPlace;
import org.cooperationatlas.peacekeeping.MissionMonth;
import org.cooperationatlas.peacekeeping.MonthlyPersonnel;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.peacekeeping.ui.PersonnelOverTime;
import org.cooperationatlas.peacekeeping.ui.StatisticsLoadingText;
import org.cooperationatlas.record.FigureLine;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.SourceAccounts;
import org.cooperationatlas.record.ui.AccountsList;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.record.ui.RecordListView;
import org.cooperationatlas.search.CountryRole;
import org.cooperationatlas.search.RecordSearch;
import org.cooperationatlas.search.RoleInRecord;
import org.cooperationatlas.statistics.CountryInvolvement;
import org.cooperationatlas.statistics.RecordStatistics;

/** Everything the atlas knows about one country: its records by role, its figures, peacekeeping, a timeline. */
@Route("countries/:iso2")
@AnonymousAllowed
public class CountryProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    // The accounts a country's page shows, those where sources disagree first.
    private static final int ACCOUNTS_SHOWN = 8;

    /** A country in thousands of records shows its latest ones (list, timeline, figures); the grid has them all. */
    static final int LATEST = 100;

    static final String ISO2 = "iso2";

    private final CountryService countries;
    private final RecordService records;
    private final RecordSearch search;
    private final RecordStatistics statistics;
    private final PeacekeepingService peacekeeping;
    private final MeasureService measures;
    private final PeacekeepingFlows flows;
    private final Locale locale = UI.getCurrent().getLocale();
    private Country country;

    public CountryProfileView(
            CountryService countries,
            RecordService records,
            RecordSearch search,
            RecordStatistics statistics,
            PeacekeepingService peacekeeping,
            PeacekeepingFlows flows,
            MeasureService measures) {
        this.measures = measures;
        this.flows = flows;
        this.countries = countries;
        this.records = records;
        this.search = search;
        this.statistics = statistics;
        this.peacekeeping = peacekeeping;
        addClassNames(LumoUtility.Padding.MEDIUM);
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        country =
                countries.find(event.getRouteParameters().get(ISO2).orElse("")).orElse(null);
        if (country == null) {
            add(
                    new ViewToolbar(getTranslation("country.notFound.title")),
                    new Paragraph(getTranslation("country.notFound.text")),
                    new RouterLink(getTranslation("country.backToCountries"), CountriesView.class));
            return;
        }
        long total = statistics
                .involvementByCountry()
                .getOrDefault(country.getIso2(), CountryInvolvement.none(country.getIso2()))
                .total();
        List<RoleInRecord> involved = total == 0 ? List.of() : search.latestInvolving(country.getIso2(), LATEST);
        add(header(), recordsSection(involved, total));
        if (!involved.isEmpty()) {
            add(section("country.timeline"), new RecordTimeline(involved));
        }
        String iso2 = country.getIso2();
        RecordService recordService = records;
        RecordSearch searchService = search;
        MeasureService measureService = measures;
        CountryFigures figures = new CountryFigures(
                figuresAbout(records, iso2, involved),
                () -> figuresAbout(recordService, iso2, searchService.latestInvolving(iso2, LATEST)),
                measureService::measures);
        String figuresTitle = getTranslation("country.figures") + " · " + country.displayName(locale);
        add(
                section("country.figures"),
                figures,
                new CsvDownload("figures-" + country.getIso2() + ".csv", () -> figures.csv(figuresTitle)));
        List<SourceAccounts.Account> accounts = records.accountsAbout(
                iso2, involved.stream().map(role -> role.record().id()).toList());
        if (!accounts.isEmpty()) {
            add(
                    section("accounts.title"),
                    new AccountsList(
                            accounts.subList(0, Math.min(ACCOUNTS_SHOWN, accounts.size())), measures.measures(), 0));
        }
        add(section("country.peacekeeping"), personnel(peacekeeping.monthlyPersonnel(country.getIso2())));
        List<MissionMonth> abroad = flows.servedAbroad(country.getIso2(), PersonnelGroup.POLICE);
        List<MissionMonth> here = flows.servedIn(country.getIso2(), PersonnelGroup.ALL);
        Map<String, String> names = names(abroad, here);
        add(section("country.servesAbroad"));
        withoutMissionsNote().ifPresent(this::add);
        add(missions(
                abroad,
                line -> line.mission() + " · " + placeName(line.host(), names),
                "country.servesAbroad",
                "country.servesAbroad.series",
                "country.servesAbroad.none"));
        add(
                section("country.servesHere"),
                missions(
                        here,
                        line -> names.getOrDefault(line.contributor(), line.contributor()),
                        "country.servesHere",
                        "country.servesHere.series",
                        "country.servesHere.none"));
    }

    // Months whose reports name no missions are missing from the missions charts, and the page says so.
    private java.util.Optional<Paragraph> withoutMissionsNote() {
        List<YearMonth> without = flows.monthsWithoutMissions();
        if (without.isEmpty()) {
            return java.util.Optional.empty();
        }
        Paragraph note = new Paragraph(getTranslation("country.withoutMissions", MonthText.runs(without, locale)));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return java.util.Optional.of(note);
    }

    /** The figures about the country in the records listed (its latest ones). */
    private static List<FigureLine> figuresAbout(RecordService records, String iso2, List<RoleInRecord> involved) {
        return records.figuresAbout(
                iso2, involved.stream().map(role -> role.record().id()).toList());
    }

    /** The names of every country the two lists name, read at once. */
    private Map<String, String> names(List<MissionMonth> abroad, List<MissionMonth> here) {
        Set<String> codes = new HashSet<>();
        abroad.forEach(line -> codes.add(String.valueOf(line.host().iso2())));
        here.forEach(line -> codes.add(line.contributor()));
        Map<String, String> names = new HashMap<>();
        countries.byCodes(codes).forEach((code, found) -> names.put(code, found.displayName(locale)));
        return names;
    }

    /** A country's missions over time as a chart card with its table and CSV, or a line saying there are none. */
    private Component missions(
            List<MissionMonth> lines,
            Function<MissionMonth, String> series,
            String titleKey,
            String seriesKey,
            String noneKey) {
        Set<YearMonth> known = new HashSet<>(peacekeeping.monthsHeld());
        flows.monthsWithoutMissions().forEach(known::remove);
        MissionsOverTime picture =
                new MissionsOverTime(lines, series, getTranslation("country.missions.others"), known);
        if (picture.isEmpty()) {
            return new Paragraph(StatisticsLoadingText.or(this, flows.statisticsLoading(), noneKey));
        }
        String title = getTranslation(titleKey) + " · " + country.displayName(locale);
        ChartCard card = new ChartCard(title, new EChart(title));
        card.chart().setOption(picture.option(this));
        card.setData(
                picture.headers(this, getTranslation(seriesKey)),
                picture.rows(lines, series),
                getTranslation(titleKey + ".units"),
                List.of(getTranslation("flows.source.un")));
        return card;
    }

    private String placeName(HostPlace place, Map<String, String> names) {
        if (place.isTerritory()) {
            return place.territoryName(locale);
        }
        return place.iso2() == null
                ? getTranslation("flows.place.unknown")
                : names.getOrDefault(place.iso2(), place.iso2());
    }

    private Div header() {
        ViewToolbar toolbar = new ViewToolbar(
                Flag.image(country.getIso2(), country.displayName(locale)),
                country.displayName(locale),
                new RouterLink(getTranslation("country.backToCountries"), CountriesView.class));
        String region = country.getRegion() == null
                ? getTranslation("countries.noRegion")
                : Regions.label(this, country.getRegion()) + " › " + Regions.label(this, country.getSubRegion());
        Paragraph facts = new Paragraph(getTranslation(
                "country.facts",
                region,
                country.getIso2(),
                country.getIso3(),
                country.getNumericCode() == null ? "–" : country.getNumericCode()));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        return new Div(toolbar, facts);
    }

    private Div recordsSection(List<RoleInRecord> involved, long total) {
        Div section = new Div(section("country.records"));
        if (involved.isEmpty()) {
            section.add(new Paragraph(getTranslation("country.records.none")));
            return section;
        }
        // Up to a hundred records: sent as HTML, not kept as some 800 elements; read again on a later attach.
        List<Long> ids = involved.stream().map(item -> item.record().id()).toList();
        RenderedHtml list = new RenderedHtml("ul");
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        list.render(recordItems(involved), () -> recordItems(search.latestInvolving(country.getIso2(), ids.size())));
        QueryParameters filtered = QueryParameters.simple(Map.of("country", country.getIso2()));
        RouterLink all = new RouterLink(getTranslation("country.records.inGrid"), RecordListView.class);
        all.setQueryParameters(filtered);
        Paragraph hint = new Paragraph(all);
        if (total > involved.size()) {
            hint.addComponentAsFirst(new Span(getTranslation("country.records.latest", involved.size(), total) + " "));
        }
        hint.addClassNames(LumoUtility.FontSize.SMALL);
        section.add(list, hint);
        return section;
    }

    private Component personnel(List<MonthlyPersonnel> months) {
        PersonnelOverTime personnel = new PersonnelOverTime(months, peacekeeping.monthsHeld());
        if (personnel.isEmpty()) {
            return new Paragraph(
                    StatisticsLoadingText.or(this, flows.statisticsLoading(), "country.peacekeeping.none"));
        }
        EChart chart = new EChart(getTranslation("country.peacekeeping"));
        chart.setOption(personnel.option(this));
        chart.setTable(personnel.headers(this), personnel.rows(this));
        return chart;
    }

    /** The records as list items: a link, the period and the country's roles in each. */
    private String recordItems(List<RoleInRecord> involved) {
        StringBuilder html = new StringBuilder();
        for (RoleInRecord item : involved) {
            html.append("<li class=\"atlas-country-record\"><a router-link href=\"")
                    .append(RenderedHtml.escape(RouteConfiguration.forSessionScope()
                            .getUrl(
                                    RecordFormView.class,
                                    new RouteParameters(
                                            RecordFormView.ID,
                                            String.valueOf(item.record().id())))))
                    .append("\">")
                    .append(RenderedHtml.escape(item.record().title()))
                    .append("</a> <span class=\"")
                    .append(LumoUtility.TextColor.SECONDARY)
                    .append("\">")
                    .append(RenderedHtml.escape(item.record().period().format(locale)))
                    .append("</span>");
            item.roles().stream()
                    .sorted()
                    .forEach(role -> html.append(" <span theme=\"badge small")
                            .append(role == CountryRole.LEAD ? "" : " contrast")
                            .append("\">")
                            .append(RenderedHtml.escape(getTranslation(role.messageKey())))
                            .append("</span>"));
            html.append("</li>");
        }
        return html.toString();
    }

    private H2 section(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        return heading;
    }

    @Override
    public String getPageTitle() {
        return (country == null ? getTranslation("country.notFound.title") : country.displayName(locale)) + " · "
                + getTranslation("app.name");
    }
}
