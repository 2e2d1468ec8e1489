package org.cooperationatlas.base.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.statistics.RecordStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "edith",
        roles = {"EDITOR", "VIEWER"})
class AggregateCacheTest {

    @Autowired
    AggregateCache aggregates;

    @Autowired
    RecordStatistics statistics;

    @Autowired
    RecordService records;

    @Autowired
    TestRecords testRecords;

    @Autowired
    DataSource dataSource;

    @Autowired
    TaskExecutor executor;

    @Test
    void an_aggregate_is_computed_once_until_the_data_changes() {
        AtomicInteger computed = new AtomicInteger();
        List<String> key = List.of("test", "once");

        aggregates.get(key, computed::incrementAndGet);
        aggregates.get(key, computed::incrementAndGet);
        assertThat(computed).hasValue(1);

        aggregates.changed();
        assertThat((Integer) aggregates.get(key, computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void saving_a_record_moves_the_overview_on_at_once() {
        long before = statistics.countRecords(RecordFilter.NONE);
        long spainBefore = statistics.involvementByCountry().get("ES") == null
                ? 0
                : statistics.involvementByCountry().get("ES").total();

        testRecords.saved("Cache check patrol");

        assertThat(statistics.countRecords(RecordFilter.NONE)).isEqualTo(before + 1);
        assertThat(statistics.involvementByCountry().get("ES").total()).isEqualTo(spainBefore + 1);
    }

    @Test
    void after_an_edit_a_slow_aggregate_is_served_as_it_was_while_the_new_one_is_computed() throws Exception {
        AggregateCache slowAfterNothing =
                new AggregateCache(JdbcClient.create(dataSource), dataSource, executor, Duration.ZERO);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch recomputed = new CountDownLatch(1);
        List<String> key = List.of("test", "stale");
        slowAfterNothing.get(key, computed::incrementAndGet);

        aggregates.changed();
        Integer served = slowAfterNothing.get(key, () -> {
            int value = computed.incrementAndGet();
            recomputed.countDown();
            return value;
        });

        assertThat(served).isEqualTo(1);
        assertThat(recomputed.await(10, TimeUnit.SECONDS)).isTrue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> slowAfterNothing.<Integer>get(key, computed::incrementAndGet) == 2);
    }
}
