package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.cooperationatlas.base.domain.FlowGroups;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.base.ui.chart.ChartCard;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.peacekeeping.HostPlace;
import org.cooperationatlas.peacekeeping.PeacekeepingFlows;
import org.cooperationatlas.peacekeeping.PersonnelFlow;
import org.cooperationatlas.peacekeeping.PersonnelFlows;
import org.cooperationatlas.peacekeeping.ui.ContributionLinesView;

/** The UN's personnel statistics as flows: contributing country to the place its missions serve. */
class PersonnelFlowPicture implements Serializable {

    private final Component context;
    private final PeacekeepingFlows flows;
    private final CountryService countries;
    private final Locale locale;

    PersonnelFlowPicture(Component context, PeacekeepingFlows flows, CountryService countries, Locale locale) {
        this.context = context;
        this.flows = flows;
        this.countries = countries;
        this.locale = locale;
    }

    void draw(FlowQuery query, ChartCard arcs, ChartCard sankey) {
        PersonnelFlows result = flows.flows(query.range(), query.group());
        Map<String, Country> byCode = countries.byCodes(ends(result));
        Map<String, HostPlace> places = new HashMap<>();
        result.flows().forEach(flow -> places.put(flow.host().key(), flow.host()));
        List<FlowPictures.Drawn> drawn = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        for (PersonnelFlow flow : result.flows()) {
            Country contributor = byCode.get(flow.contributor());
            Country host =
                    flow.host().iso2() == null ? null : byCode.get(flow.host().iso2());
            if (contributor != null && host != null && flow.averagePersonnel() > 0) {
                drawn.add(new FlowPictures.Drawn(
                        flow.contributor(),
                        contributor.displayName(locale),
                        at(contributor),
                        flow.host().key(),
                        placeLabel(flow.host(), byCode),
                        at(host),
                        flow.averagePersonnel()));
            }
            rows.add(List.of(
                    contributor == null ? flow.contributor() : contributor.displayName(locale),
                    flow.contributor(),
                    placeLabel(flow.host(), byCode),
                    String.join(", ", flow.missions()),
                    numbers.format(flow.averagePersonnel()),
                    numbers.format(flow.personMonths())));
        }
        String units = units(result);
        List<String> sources = List.of(context.getTranslation("flows.source.un"));
        arcs.chart()
                .setOption(FlowPictures.arcs(
                        drawn, context.getTranslation(query.group().messageKey())));
        arcs.setData(headers(), rows, units, sources);
        arcs.setEmptyText(emptyText(result));
        int months = Math.max(1, result.months());
        List<FlowGroups.Group> groups = FlowGroups.of(
                        result.flows(),
                        PersonnelFlow::contributor,
                        flow -> flow.host().key(),
                        PersonnelFlow::personMonths,
                        FlowsView.SANKEY_SOURCES,
                        FlowsView.SANKEY_TARGETS)
                .stream()
                .map(group ->
                        new FlowGroups.Group(group.from(), group.to(), Math.round((double) group.value() / months)))
                .filter(group -> group.value() > 0)
                .toList();
        sankey.chart()
                .setOption(FlowPictures.sankey(
                        groups,
                        code -> contributorLabel(code, byCode),
                        key -> FlowGroups.OTHERS.equals(key)
                                ? context.getTranslation("flows.others.places")
                                : placeLabel(places.get(key), byCode)));
        sankey.setData(
                List.of(
                        context.getTranslation("flows.column.contributor"),
                        context.getTranslation("flows.column.place"),
                        context.getTranslation("flows.column.average")),
                groups.stream()
                        .map(group -> List.of(
                                contributorLabel(group.from(), byCode),
                                FlowGroups.OTHERS.equals(group.to())
                                        ? context.getTranslation("flows.others.places")
                                        : placeLabel(places.get(group.to()), byCode),
                                numbers.format(group.value())))
                        .toList(),
                units,
                sources);
        sankey.setEmptyText(emptyText(result));
    }

    /** Opens the lines behind a flow, a contributor's or a place's: the missions of the place, the same months. */
    void open(FlowQuery query, String contributor, String placeKey) {
        TreeSet<String> missions = new TreeSet<>();
        if (placeKey != null) {
            flows.flows(query.range(), query.group()).flows().stream()
                    .filter(flow -> flow.host().key().equals(placeKey))
                    .forEach(flow -> missions.addAll(flow.missions()));
        }
        Map<String, List<String>> parameters = new HashMap<>();
        if (contributor != null) {
            parameters.put(ContributionLinesView.COUNTRY, List.of(contributor));
        }
        parameters.put(ContributionLinesView.MISSION, List.copyOf(missions));
        parameters.put(ContributionLinesView.FROM, List.of(query.range().from().toString()));
        parameters.put(ContributionLinesView.TO, List.of(query.range().to().toString()));
        parameters.put(
                ContributionLinesView.PERSONNEL, List.of(query.group().name().toLowerCase(Locale.ROOT)));
        UI.getCurrent().navigate(ContributionLinesView.class, new QueryParameters(parameters));
    }

    private List<String> headers() {
        return List.of(
                context.getTranslation("flows.column.contributor"),
                "ISO",
                context.getTranslation("flows.column.place"),
                context.getTranslation("flows.column.missions"),
                context.getTranslation("flows.column.average"),
                context.getTranslation("flows.column.personMonths"));
    }

    // A range whose reports all name no missions has no flows to draw: the page says why, not that there are none.
    private String emptyText(PersonnelFlows result) {
        return result.months() == 0 && !result.withoutMissions().isEmpty()
                ? context.getTranslation("flows.withoutMissions.only", MonthText.runs(result.withoutMissions(), locale))
                : context.getTranslation("flows.empty");
    }

    private String units(PersonnelFlows result) {
        String text = unitsOfMonths(result);
        if (!result.withoutMissions().isEmpty() && result.months() > 0) {
            text += " "
                    + context.getTranslation(
                            "flows.withoutMissions",
                            result.withoutMissions().size(),
                            MonthText.runs(result.withoutMissions(), locale));
        }
        return text;
    }

    private String unitsOfMonths(PersonnelFlows result) {
        String group = context.getTranslation(result.group().messageKey());
        if (result.range().isSingleMonth()) {
            return context.getTranslation(
                    "flows.units.month", group, MonthText.of(result.range().from(), locale));
        }
        return context.getTranslation(
                "flows.units.range",
                group,
                MonthText.of(result.range().from(), result.range().to(), locale),
                result.months());
    }

    private String contributorLabel(String code, Map<String, Country> byCode) {
        if (FlowGroups.OTHERS.equals(code)) {
            return context.getTranslation("flows.others.contributors");
        }
        Country country = byCode.get(code);
        return country == null ? code : country.displayName(locale);
    }

    private String placeLabel(HostPlace place, Map<String, Country> byCode) {
        if (place == null || place.iso2() == null) {
            return context.getTranslation("flows.place.unknown");
        }
        Country country = byCode.get(place.iso2());
        String name = country == null ? place.iso2() : country.displayName(locale);
        return place.isTerritory() ? place.territoryName(locale) : name;
    }

    private static List<String> ends(PersonnelFlows result) {
        List<String> codes = new ArrayList<>();
        result.flows().forEach(flow -> {
            codes.add(flow.contributor());
            if (flow.host().iso2() != null) {
                codes.add(flow.host().iso2());
            }
        });
        return codes;
    }

    static double[] at(Country country) {
        return new double[] {country.getLongitude(), country.getLatitude()};
    }
}
