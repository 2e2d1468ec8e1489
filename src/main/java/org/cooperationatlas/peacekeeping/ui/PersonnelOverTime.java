package org.cooperationatlas.peacekeeping.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cooperationatlas.peacekeeping.MonthlyPersonnel;
import org.cooperationatlas.peacekeeping.PersonnelType;

/** Peacekeeping personnel per month, stacked by personnel type: the chart option and the same data as rows. */
public final class PersonnelOverTime {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<LocalDate, Map<PersonnelType, Long>> byMonth;
    private final List<PersonnelType> types;

    public PersonnelOverTime(List<MonthlyPersonnel> months) {
        byMonth = months.stream()
                .collect(Collectors.groupingBy(
                        MonthlyPersonnel::month,
                        TreeMap::new,
                        Collectors.toMap(MonthlyPersonnel::type, MonthlyPersonnel::total, Long::sum)));
        types = months.stream().map(MonthlyPersonnel::type).distinct().sorted().toList();
    }

    public boolean isEmpty() {
        return byMonth.isEmpty();
    }

    public ObjectNode option(Component context) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 16)
                .put("bottom", 40)
                .put("containLabel", true);
        ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
        byMonth.keySet().forEach(month -> months.add(month.toString().substring(0, 7)));
        option.putObject("yAxis").put("type", "value").put("name", context.getTranslation("unit.PEOPLE"));
        ArrayNode series = option.putArray("series");
        for (PersonnelType type : types) {
            ObjectNode line = series.addObject()
                    .put("type", "line")
                    .put("stack", "personnel")
                    .put("name", context.getTranslation(type.messageKey()))
                    .put("showSymbol", false);
            line.putObject("areaStyle");
            ArrayNode values = line.putArray("data");
            byMonth.values().forEach(counts -> values.add(counts.getOrDefault(type, 0L)));
        }
        return option;
    }

    public List<String> headers(Component context) {
        List<String> headers = new ArrayList<>(List.of(context.getTranslation("country.peacekeeping.month")));
        types.forEach(type -> headers.add(context.getTranslation(type.messageKey())));
        return headers;
    }

    public List<List<String>> rows() {
        return byMonth.entrySet().stream()
                .map(month -> {
                    List<String> row =
                            new ArrayList<>(List.of(month.getKey().toString().substring(0, 7)));
                    types.forEach(
                            type -> row.add(String.valueOf(month.getValue().getOrDefault(type, 0L))));
                    return row;
                })
                .toList();
    }
}
