package org.cooperationatlas.explore.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cooperationatlas.base.domain.FlowGroups;
import org.cooperationatlas.base.ui.chart.ChartText;
import org.cooperationatlas.country.CountryShapes;

/**
 * The two pictures of flows between countries: arcs on the world map, and a sankey from sources to targets with
 * the smaller ones gathered as "others". Each item carries a key that a click reports back.
 */
final class FlowPictures {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The most arcs drawn: more hide one another; the table and the CSV hold every flow. */
    static final int MOST_ARCS = 120;

    private FlowPictures() {}

    /** One flow as drawn: its ends' keys, labels and places on the map, its size, and what a click reports. */
    record Drawn(String from, String fromLabel, double[] fromAt, String to, String toLabel, double[] toAt, long value) {

        String key() {
            return from + ">" + to;
        }
    }

    static ObjectNode arcs(List<Drawn> flows, String seriesName) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode geo = option.putObject("geo");
        geo.put("map", CountryShapes.MAP_NAME).put("roam", true);
        geo.putObject("itemStyle")
                .put("areaColor", "#c5ccd6")
                .put("borderColor", "#7b8594")
                .put("borderWidth", 0.5);
        geo.putObject("emphasis").putObject("label").put("show", false);
        geo.putObject("select").put("disabled", true);
        long largest = flows.stream().mapToLong(Drawn::value).max().orElse(1);
        ObjectNode lines = option.putArray("series").addObject();
        lines.put("type", "lines").put("name", seriesName).put("coordinateSystem", "geo");
        lines.putObject("lineStyle").put("curveness", 0.25).put("opacity", 0.7).put("color", "#1f6fb2");
        ArrayNode data = lines.putArray("data");
        Set<Drawn> ends = new LinkedHashSet<>();
        for (Drawn flow : flows.subList(0, Math.min(MOST_ARCS, flows.size()))) {
            ObjectNode line = data.addObject();
            line.put("key", flow.key()).put("value", flow.value());
            ArrayNode coords = line.putArray("coords");
            coords.addArray().add(flow.fromAt()[0]).add(flow.fromAt()[1]);
            coords.addArray().add(flow.toAt()[0]).add(flow.toAt()[1]);
            line.putObject("lineStyle").put("width", 0.6 + 6.0 * flow.value() / largest);
            line.putObject("tooltip")
                    .put("formatter", text(flow.fromLabel() + " → " + flow.toLabel() + ": " + flow.value()));
            ends.add(flow);
        }
        ObjectNode points = option.withArray("series").addObject();
        points.put("type", "scatter").put("coordinateSystem", "geo").put("symbolSize", 6);
        points.putObject("itemStyle").put("color", "#c2410c");
        ArrayNode places = points.putArray("data");
        ends.forEach(flow -> {
            places.addObject()
                    .put("name", text(flow.toLabel()))
                    .putArray("value")
                    .add(flow.toAt()[0])
                    .add(flow.toAt()[1]);
        });
        return option;
    }

    static ObjectNode sankey(
            List<FlowGroups.Group> groups, Function<String, String> fromLabel, Function<String, String> toLabel) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "sankey").put("nodeGap", 6).put("draggable", false).put("layoutIterations", 32);
        series.putObject("emphasis").put("focus", "adjacency");
        series.putObject("lineStyle").put("color", "gradient").put("opacity", 0.45);
        series.putObject("label").put("fontSize", 11);
        // Node names are unique ids, since one country may both send and receive; each shows its own label.
        Set<String> nodes = new LinkedHashSet<>();
        ArrayNode data = series.putArray("data");
        ArrayNode links = series.putArray("links");
        for (FlowGroups.Group group : groups) {
            node(data, nodes, "from:" + group.from(), fromLabel.apply(group.from()), group.from());
            node(data, nodes, "to:" + group.to(), toLabel.apply(group.to()), group.to());
            ObjectNode link = links.addObject()
                    .put("source", "from:" + group.from())
                    .put("target", "to:" + group.to())
                    .put("value", group.value())
                    .put("key", group.from() + ">" + group.to());
            link.putObject("tooltip")
                    .put(
                            "formatter",
                            text(fromLabel.apply(group.from()) + " → " + toLabel.apply(group.to()) + ": "
                                    + group.value()));
        }
        return option;
    }

    private static void node(ArrayNode data, Set<String> nodes, String id, String label, String key) {
        if (nodes.add(id)) {
            ObjectNode node =
                    data.addObject().put("name", id).put("key", (id.startsWith("from:") ? "from:" : "to:") + key);
            node.putObject("label").put("formatter", text(label));
            node.putObject("tooltip").put("formatter", text(label));
        }
    }

    private static String text(String label) {
        return ChartText.plain(label);
    }
}
