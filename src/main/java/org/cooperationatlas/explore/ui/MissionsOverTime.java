package org.cooperationatlas.explore.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cooperationatlas.base.ui.chart.ChartText;
import org.cooperationatlas.peacekeeping.MissionMonth;

/**
 * A country's peacekeeping personnel per month split into a few series (its missions abroad, or the countries
 * serving in it), the largest {@value #SERIES} by personnel over all months and the rest as one "others" series;
 * and a table with each series' first and last month, peak and latest personnel. Every month from the first to
 * the last is on the axis; a month the atlas holds no report naming missions for is a gap, never a zero.
 */
final class MissionsOverTime {

    static final int SERIES = 8;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TreeSet<YearMonth> months = new TreeSet<>();
    private final Map<String, TreeMap<YearMonth, Long>> bySeries = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> missions = new LinkedHashMap<>();
    private final List<String> shown;
    private final String others;
    private final Set<YearMonth> known;

    /**
     * @param known the months whose reports name missions: in the others, where personnel served is not known
     */
    MissionsOverTime(
            List<MissionMonth> lines, Function<MissionMonth, String> series, String othersLabel, Set<YearMonth> known) {
        this.others = othersLabel;
        this.known = known;
        Map<String, TreeMap<YearMonth, Long>> all = new LinkedHashMap<>();
        for (MissionMonth line : lines) {
            months.add(line.month());
            all.computeIfAbsent(series.apply(line), key -> new TreeMap<>())
                    .merge(line.month(), line.personnel(), Long::sum);
            missions.computeIfAbsent(series.apply(line), key -> new TreeSet<>()).add(line.mission());
        }
        shown = all.entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, TreeMap<YearMonth, Long>> entry) -> sum(entry.getValue()))
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(SERIES)
                .map(Map.Entry::getKey)
                .toList();
        all.forEach((key, perMonth) -> {
            String target = shown.contains(key) ? key : others;
            perMonth.forEach((month, personnel) ->
                    bySeries.computeIfAbsent(target, name -> new TreeMap<>()).merge(month, personnel, Long::sum));
        });
    }

    boolean isEmpty() {
        return months.isEmpty();
    }

    ObjectNode option(Component context) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 16)
                .put("bottom", 48)
                .put("containLabel", true);
        List<YearMonth> timeline = new ArrayList<>();
        for (YearMonth month = months.first(); !month.isAfter(months.last()); month = month.plusMonths(1)) {
            timeline.add(month);
        }
        ArrayNode axis = option.putObject("xAxis").put("type", "category").putArray("data");
        timeline.forEach(month -> axis.add(month.toString()));
        option.putObject("yAxis").put("type", "value").put("name", context.getTranslation("peacekeeping.people"));
        ArrayNode series = option.putArray("series");
        bySeries.forEach((name, perMonth) -> {
            ObjectNode line = series.addObject()
                    .put("type", "line")
                    .put("stack", "personnel")
                    .put("name", ChartText.plain(name))
                    .put("symbol", "circle")
                    .put("symbolSize", 3)
                    .put("connectNulls", false);
            line.putObject("areaStyle");
            ArrayNode values = line.putArray("data");
            for (YearMonth month : timeline) {
                if (months.contains(month) || known.contains(month)) {
                    values.add(perMonth.getOrDefault(month, 0L));
                } else {
                    values.addNull();
                }
            }
        });
        return option;
    }

    List<String> headers(Component context, String seriesHeader) {
        return List.of(
                seriesHeader,
                context.getTranslation("country.missions.missions"),
                context.getTranslation("country.missions.first"),
                context.getTranslation("country.missions.last"),
                context.getTranslation("country.missions.peak"),
                context.getTranslation("country.missions.latest"));
    }

    /** Every series, the gathered ones included by their own name, largest first. */
    List<List<String>> rows(List<MissionMonth> lines, Function<MissionMonth, String> series) {
        Map<String, TreeMap<YearMonth, Long>> all = new LinkedHashMap<>();
        lines.forEach(line -> all.computeIfAbsent(series.apply(line), key -> new TreeMap<>())
                .merge(line.month(), line.personnel(), Long::sum));
        List<List<String>> rows = new ArrayList<>();
        all.entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, TreeMap<YearMonth, Long>> entry) -> sum(entry.getValue()))
                        .reversed())
                .forEach(entry -> {
                    TreeMap<YearMonth, Long> perMonth = entry.getValue();
                    rows.add(List.of(
                            entry.getKey(),
                            String.join(", ", missions.getOrDefault(entry.getKey(), new TreeSet<>())),
                            perMonth.firstKey().toString(),
                            perMonth.lastKey().toString(),
                            String.valueOf(perMonth.values().stream()
                                    .mapToLong(Long::longValue)
                                    .max()
                                    .orElse(0)),
                            String.valueOf(perMonth.getOrDefault(months.last(), 0L))));
                });
        return rows;
    }

    private static long sum(Map<YearMonth, Long> perMonth) {
        return perMonth.values().stream().mapToLong(Long::longValue).sum();
    }
}
