package org.cooperationatlas.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cooperationatlas.base.domain.Metric;
import org.junit.jupiter.api.Test;

class RecordFilterTest {

    @Test
    void a_filter_survives_the_round_trip_through_the_query_string() {
        RecordFilter filter = new RecordFilter(
                "patrol",
                RecordKind.JOINT_PATROL,
                CrimeArea.PUBLIC_ORDER_TOURIST_SAFETY,
                "it",
                "Europe",
                Metric.OFFICERS_DEPLOYED,
                2016,
                2017);
        Map<String, List<String>> parameters = filter.toParameters().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        assertThat(RecordFilter.fromParameters(parameters)).isEqualTo(filter);
        assertThat(filter.toParameters()).containsEntry("country", "IT").containsEntry("kind", "JOINT_PATROL");
    }

    @Test
    void values_that_do_not_parse_are_ignored_rather_than_failing() {
        RecordFilter filter = RecordFilter.fromParameters(
                Map.of("kind", List.of("PARADE"), "from", List.of("20x6"), "to", List.of("2017"), "q", List.of("  ")));
        assertThat(filter).isEqualTo(RecordFilter.NONE.withYears(null, 2017));
        assertThat(RecordFilter.fromParameters(Map.of()).isEmpty()).isTrue();
    }
}
