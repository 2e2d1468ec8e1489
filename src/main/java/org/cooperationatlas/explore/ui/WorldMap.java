package org.cooperationatlas.explore.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooperationatlas.base.ui.chart.ChartText;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryShapes;
import org.cooperationatlas.statistics.CountryInvolvement;

/**
 * The world shaded by how many records involve each country, or by the peacekeeping personnel it contributed or
 * hosted in a month; a click opens the country's profile.
 */
class WorldMap extends Composite<EChart> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    protected EChart initContent() {
        return new EChart(getTranslation("countries.map.description"));
    }

    // The countries are handed in for each drawing, not kept: 250 of them would stay in every reader's session.
    private final CountryShapes shapes;
    private final Locale locale;

    WorldMap(CountryShapes shapes) {
        EChart chart = getContent();
        chart.useMap(CountryShapes.MAP_NAME, CountryShapes.MAP_URL);
        chart.setChartHeight("420px");
        this.locale = UI.getCurrent().getLocale();
        this.shapes = shapes;
        chart.addClickListener(click -> {
            String iso2 = click.key().isEmpty() ? click.name() : click.key();
            if (iso2.matches("[A-Z]{2}")) {
                UI.getCurrent().navigate(CountryProfileView.class, new RouteParameters(CountryProfileView.ISO2, iso2));
            }
        });
    }

    /** Shades the countries by their records. */
    void showRecords(List<Country> countries, Map<String, CountryInvolvement> involvement) {
        EChart chart = getContent();
        List<Country> drawn = drawn(countries);
        chart.setOption(option(drawn, involvement, locale));
        chart.setTable(
                List.of(
                        getTranslation("countries.country"),
                        getTranslation("countries.records"),
                        getTranslation("countryRole.LEAD"),
                        getTranslation("countryRole.PARTNER"),
                        getTranslation("countryRole.PLACE")),
                involvement.values().stream()
                        .sorted(Comparator.comparingLong(CountryInvolvement::total)
                                .reversed())
                        .map(counts -> List.of(
                                name(countries, counts.iso2(), locale),
                                String.valueOf(counts.total()),
                                String.valueOf(counts.asLead()),
                                String.valueOf(counts.asPartner()),
                                String.valueOf(counts.asPlace())))
                        .toList());
    }

    /** Shades the countries by a count of personnel (contributed or hosted in a month), named by the label. */
    void showPersonnel(List<Country> countries, Map<String, Long> personnel, String label) {
        EChart chart = getContent();
        List<Country> drawn = drawn(countries);
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        // Orange steps, set apart from the records' blues, that read on the light and the dark background alike.
        scale(
                option,
                new Step(1000, Integer.MAX_VALUE, "1,000+", "#7f2704"),
                new Step(500, 999, "500–999", "#d94801"),
                new Step(100, 499, "100–499", "#fd8d3c"),
                new Step(10, 99, "10–99", "#fdae6b"),
                new Step(1, 9, "1–9", "#fdd0a2"));
        ObjectNode series = mapSeries(option, label);
        ArrayNode data = series.putArray("data");
        for (Country country : drawn) {
            long count = personnel.getOrDefault(country.getIso2(), 0L);
            ObjectNode item = data.addObject();
            item.put("name", country.getIso2()).put("value", count).put("key", country.getIso2());
            item.putObject("tooltip")
                    .put("formatter", escape(country.displayName(locale)) + "<br/>" + escape(label) + ": " + count);
        }
        chart.setOption(option);
        chart.setTable(
                List.of(getTranslation("countries.country"), label),
                personnel.entrySet().stream()
                        .filter(entry -> entry.getValue() > 0)
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(entry ->
                                List.of(name(countries, entry.getKey(), locale), String.valueOf(entry.getValue())))
                        .toList());
    }

    private List<Country> drawn(List<Country> countries) {
        return countries.stream().filter(c -> shapes.isDrawn(c.getIso2())).toList();
    }

    private ObjectNode mapSeries(ObjectNode option, String name) {
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "map")
                .put("map", CountryShapes.MAP_NAME)
                .put("name", name)
                .put("roam", true)
                .put("zoom", 1);
        series.putObject("itemStyle").put("borderColor", "#7b8594").put("borderWidth", 0.5);
        series.putObject("emphasis").putObject("label").put("show", false);
        series.putObject("select").put("disabled", true);
        return series;
    }

    private ObjectNode option(List<Country> drawn, Map<String, CountryInvolvement> involvement, Locale locale) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        // Mid-tone blues and a grey that read on the light and the dark background alike.
        scale(
                option,
                new Step(10, Integer.MAX_VALUE, "10+", "#08519c"),
                new Step(5, 9, "5–9", "#3182bd"),
                new Step(2, 4, "2–4", "#6baed6"),
                new Step(1, 1, "1", "#9ecae1"));
        ObjectNode series = mapSeries(option, getTranslation("countries.records"));
        ArrayNode data = series.putArray("data");
        for (Country country : drawn) {
            CountryInvolvement counts =
                    involvement.getOrDefault(country.getIso2(), CountryInvolvement.none(country.getIso2()));
            ObjectNode item = data.addObject();
            item.put("name", country.getIso2()).put("value", counts.total()).put("key", country.getIso2());
            item.putObject("tooltip").put("formatter", tooltip(country.displayName(locale), counts));
        }
        return option;
    }

    // The tooltip is plain text in an HTML context: names are escaped, not trusted.
    private String tooltip(String name, CountryInvolvement counts) {
        return escape(name) + "<br/>"
                + escape(getTranslation(
                        "countries.map.tooltip",
                        counts.total(),
                        counts.asLead(),
                        counts.asPartner(),
                        counts.asPlace()));
    }

    private static String escape(String text) {
        return ChartText.plain(text);
    }

    /** One step of a map's scale: the counts from min to max, shown in one colour. */
    private record Step(int min, int max, String label, String color) {}

    /** Steps rather than a linear ramp, and a grey for none: one large country must not wash out all others. */
    private void scale(ObjectNode option, Step... steps) {
        ObjectNode scale = option.putObject("visualMap");
        scale.put("type", "piecewise").put("left", "left").put("bottom", 10);
        ArrayNode pieces = scale.putArray("pieces");
        for (Step step : steps) {
            pieces.addObject()
                    .put("min", step.min())
                    .put("max", step.max())
                    .put("label", step.label())
                    .put("color", step.color());
        }
        pieces.addObject()
                .put("value", 0)
                .put("label", getTranslation("countries.map.none"))
                .put("color", "#c5ccd6");
    }

    private static String name(List<Country> countries, String iso2, Locale locale) {
        return countries.stream()
                .filter(c -> c.getIso2().equals(iso2))
                .findFirst()
                .map(c -> c.displayName(locale))
                .orElse(iso2);
    }
}
