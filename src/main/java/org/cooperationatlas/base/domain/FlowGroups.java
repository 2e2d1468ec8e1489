package org.cooperationatlas.base.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Flows between two sides gathered so that a picture stays readable: the largest sources and targets keep their
 * own ends, every other source becomes {@link #OTHERS} on its side, every other target likewise, and their flows
 * are added up. Nothing is dropped and nothing counted twice: the groups add up to the flows they come from.
 */
public final class FlowGroups {

    /** The end that stands for every source or target not among the largest. */
    public static final String OTHERS = "*";

    private FlowGroups() {}

    /** A flow between two ends (a source's or target's key, or {@link #OTHERS}), and its size. */
    public record Group(String from, String to, long value) {

        public boolean isOthers() {
            return from.equals(OTHERS) || to.equals(OTHERS);
        }
    }

    public static <T> List<Group> of(
            List<T> flows,
            Function<T, String> from,
            Function<T, String> to,
            ToLongFunction<T> value,
            int sources,
            int targets) {
        Set<String> keptSources = largest(flows, from, value, sources);
        Set<String> keptTargets = largest(flows, to, value, targets);
        Map<List<String>, Long> sums = new LinkedHashMap<>();
        for (T flow : flows) {
            String source = keptSources.contains(from.apply(flow)) ? from.apply(flow) : OTHERS;
            String target = keptTargets.contains(to.apply(flow)) ? to.apply(flow) : OTHERS;
            sums.merge(List.of(source, target), value.applyAsLong(flow), Long::sum);
        }
        List<Group> groups = new ArrayList<>();
        sums.forEach((ends, sum) -> groups.add(new Group(ends.get(0), ends.get(1), sum)));
        groups.sort(Comparator.comparingLong(Group::value).reversed());
        return groups;
    }

    private static <T> Set<String> largest(
            List<T> flows, Function<T, String> end, ToLongFunction<T> value, int howMany) {
        Map<String, Long> totals = flows.stream().collect(Collectors.groupingBy(end, Collectors.summingLong(value)));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(howMany)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
