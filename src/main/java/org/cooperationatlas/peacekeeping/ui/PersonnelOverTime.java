package org.cooperationatlas.peacekeeping.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cooperationatlas.peacekeeping.MonthlyPersonnel;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * Peacekeeping personnel per month, stacked by personnel type: the chart option and the same data as rows. Every
 * month from the first with personnel to the last the atlas holds is on the axis; a month the atlas holds no
 * report for is a gap in the chart and says so in the table, never a zero.
 */
public final class PersonnelOverTime {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<YearMonth, Map<PersonnelType, Long>> byMonth;
    private final List<PersonnelType> types;
    private final List<YearMonth> timeline = new ArrayList<>();
    private final Set<YearMonth> held;

    /**
     * @param months the personnel per month and type
     * @param held   every month the atlas holds a report for (of any country): those without personnel here are
     *     zeros, the others gaps
     */
    public PersonnelOverTime(List<MonthlyPersonnel> months, List<YearMonth> held) {
        byMonth = months.stream()
                .collect(Collectors.groupingBy(
                        personnel -> YearMonth.from(personnel.month()),
                        TreeMap::new,
                        Collectors.toMap(MonthlyPersonnel::type, MonthlyPersonnel::total, Long::sum)));
        types = months.stream().map(MonthlyPersonnel::type).distinct().sorted().toList();
        this.held = new TreeSet<>(held);
        if (!byMonth.isEmpty()) {
            YearMonth first = ((TreeMap<YearMonth, ?>) byMonth).firstKey();
            YearMonth last = ((TreeMap<YearMonth, ?>) byMonth).lastKey();
            YearMonth lastHeld = this.held.stream()
                    .filter(month -> !month.isBefore(first))
                    .reduce((a, b) -> b)
                    .orElse(last);
            for (YearMonth month = first;
                    !month.isAfter(lastHeld.isAfter(last) ? lastHeld : last);
                    month = month.plusMonths(1)) {
                timeline.add(month);
            }
        }
    }

    public boolean isEmpty() {
        return byMonth.isEmpty();
    }

    /** How many months of the timeline the atlas holds no report for. */
    public long gaps() {
        return timeline.stream().filter(month -> !isHeld(month)).count();
    }

    private boolean isHeld(YearMonth month) {
        return held.contains(month) || byMonth.containsKey(month);
    }

    public ObjectNode option(Component context) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 28)
                .put("bottom", 40)
                .put("containLabel", true);
        ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
        timeline.forEach(month -> months.add(month.toString()));
        option.putObject("yAxis").put("type", "value").put("name", context.getTranslation("peacekeeping.people"));
        ArrayNode series = option.putArray("series");
        for (PersonnelType type : types) {
            // Small marks on every month, so that a month standing alone between two gaps is seen at all.
            ObjectNode line = series.addObject()
                    .put("type", "line")
                    .put("stack", "personnel")
                    .put("name", context.getTranslation(type.messageKey()))
                    .put("symbol", "circle")
                    .put("symbolSize", 3)
                    .put("connectNulls", false);
            line.putObject("areaStyle");
            ArrayNode values = line.putArray("data");
            for (YearMonth month : timeline) {
                if (isHeld(month)) {
                    values.add(byMonth.getOrDefault(month, Map.of()).getOrDefault(type, 0L));
                } else {
                    values.addNull();
                }
            }
        }
        return option;
    }

    public List<String> headers(Component context) {
        List<String> headers = new ArrayList<>(List.of(context.getTranslation("country.peacekeeping.month")));
        types.forEach(type -> headers.add(context.getTranslation(type.messageKey())));
        return headers;
    }

    public List<List<String>> rows(Component context) {
        String noReport = context.getTranslation("peacekeeping.noReport");
        return timeline.stream()
                .map(month -> {
                    List<String> row = new ArrayList<>(List.of(month.toString()));
                    Map<PersonnelType, Long> counts = byMonth.getOrDefault(month, Map.of());
                    types.forEach(
                            type -> row.add(isHeld(month) ? String.valueOf(counts.getOrDefault(type, 0L)) : noReport));
                    return row;
                })
                .toList();
    }
}
