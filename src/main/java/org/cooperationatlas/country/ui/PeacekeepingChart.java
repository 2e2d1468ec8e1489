package org.cooperationatlas.country.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.peacekeeping.MonthlyPersonnel;
import org.cooperationatlas.peacekeeping.PersonnelType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A country's UN peacekeeping personnel per month, stacked by personnel type, with the same data as a table. */
class PeacekeepingChart extends Composite<Div> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    PeacekeepingChart(List<MonthlyPersonnel> months) {
        if (months.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("country.peacekeeping.none")));
            return;
        }
        Map<LocalDate, Map<PersonnelType, Long>> byMonth = months.stream().collect(Collectors.groupingBy(
                MonthlyPersonnel::month, TreeMap::new,
                Collectors.toMap(MonthlyPersonnel::type, MonthlyPersonnel::total, Long::sum)));
        List<PersonnelType> types = months.stream().map(MonthlyPersonnel::type).distinct().sorted().toList();
        EChart chart = new EChart(getTranslation("country.peacekeeping"));
        chart.setOption(option(byMonth, types));
        List<String> headers = new ArrayList<>(List.of(getTranslation("country.peacekeeping.month")));
        types.forEach(type -> headers.add(getTranslation(type.messageKey())));
        chart.setTable(headers, byMonth.entrySet().stream().map(month -> {
            List<String> row = new ArrayList<>(List.of(month.getKey().toString().substring(0, 7)));
            types.forEach(type -> row.add(String.valueOf(month.getValue().getOrDefault(type, 0L))));
            return row;
        }).toList());
        getContent().add(chart);
    }

    private ObjectNode option(Map<LocalDate, Map<PersonnelType, Long>> byMonth, List<PersonnelType> types) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 8).put("right", 16).put("top", 16).put("bottom", 40).put("containLabel", true);
        ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
        byMonth.keySet().forEach(month -> months.add(month.toString().substring(0, 7)));
        option.putObject("yAxis").put("type", "value").put("name", getTranslation("unit.PEOPLE"));
        ArrayNode series = option.putArray("series");
        for (PersonnelType type : types) {
            ObjectNode line = series.addObject().put("type", "line").put("stack", "personnel")
                    .put("name", getTranslation(type.messageKey())).put("showSymbol", false);
            line.putObject("areaStyle");
            ArrayNode values = line.putArray("data");
            byMonth.values().forEach(counts -> values.add(counts.getOrDefault(type, 0L)));
        }
        return option;
    }
}
