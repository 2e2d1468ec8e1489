package org.cooperationatlas.explore.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.search.RoleInRecord;

/** A country's records on a time axis, one lane per kind; clicking a record opens it. */
class RecordTimeline extends Composite<EChart> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    protected EChart initContent() {
        return new EChart(getTranslation("country.timeline"));
    }

    RecordTimeline(List<RoleInRecord> involved) {
        EChart chart = getContent();
        Locale locale = UI.getCurrent().getLocale();
        List<RecordKind> lanes = Arrays.stream(RecordKind.values())
                .filter(kind -> involved.stream().anyMatch(item -> item.record().kind() == kind))
                .toList();
        chart.setChartHeight(Math.max(160, 60 + 44 * lanes.size()) + "px");
        chart.setOption(option(involved, lanes));
        chart.setTable(
                List.of(getTranslation("record.title"), getTranslation("record.kind"), getTranslation("record.period")),
                involved.stream()
                        .map(item -> List.of(
                                item.record().title(),
                                getTranslation(item.record().kind().messageKey()),
                                item.record().period().format(locale)))
                        .toList());
        chart.addClickListener(click -> {
            if (!click.key().isEmpty()) {
                UI.getCurrent().navigate(RecordFormView.class, new RouteParameters(RecordFormView.ID, click.key()));
            }
        });
    }

    private ObjectNode option(List<RoleInRecord> involved, List<RecordKind> lanes) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid")
                .put("left", 8)
                .put("right", 24)
                .put("top", 16)
                .put("bottom", 32)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "time");
        ArrayNode categories = option.putObject("yAxis").put("type", "category").putArray("data");
        lanes.forEach(kind -> categories.add(getTranslation(kind.messageKey())));
        ObjectNode series = option.putArray("series").addObject();
        // Each record is a point at its first day in its kind's lane; the tooltip gives the whole period.
        series.put("type", "scatter").put("symbolSize", 16);
        ArrayNode data = series.putArray("data");
        Locale locale = UI.getCurrent().getLocale();
        for (RoleInRecord item : involved) {
            ObjectNode point = data.addObject();
            point.put("key", String.valueOf(item.record().id()))
                    .put("name", item.record().title());
            point.putArray("value")
                    .add(item.record().period().firstDay().toString())
                    .add(getTranslation(item.record().kind().messageKey()));
            point.putObject("tooltip")
                    .put(
                            "formatter",
                            item.record().title().replace("<", "&lt;").replace("{", "") + "<br/>"
                                    + item.record().period().format(locale));
        }
        return option;
    }
}
