package org.cooperationatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: no node caches what the other
 * changes, and optimistic locking turns simultaneous edits into one saved version and one clear conflict.
 */
class TwoNodesTest {

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @AfterEach
    void stopNodes() {
        SecurityContextHolder.clearContext();
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void an_edit_on_one_node_is_seen_on_the_other_and_simultaneous_edits_end_in_one_version_and_one_conflict()
            throws Exception {
        String database = PostgresForTests.createDatabase("two_nodes");
        nodeA = start(database);
        nodeB = start(database);
        signInAsEditor();
        RecordService onA = nodeA.getBean(RecordService.class);
        RecordService onB = nodeB.getBean(RecordService.class);
        long id = nodeA.getBean(org.cooperationatlas.record.RecordFinder.class)
                .list(RecordFilter.NONE.withText("Badaling"), PageRequest.of(0, 1))
                .get(0)
                .id();

        CooperationRecord readOnB = onB.get(id).orElseThrow();
        CooperationRecord editedOnA = onA.get(id).orElseThrow();
        editedOnA.setTitle("Edited on node A");
        onA.save(editedOnA);
        assertThat(onB.get(id).orElseThrow().getTitle()).isEqualTo("Edited on node A");

        readOnB.setTitle("Edited on node B from an old copy");
        assertThatThrownBy(() -> onB.save(readOnB)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        List<String> outcomes =
                saveAtOnce(onA.get(id).orElseThrow(), onA, onB.get(id).orElseThrow(), onB);
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        String finalTitle = onA.get(id).orElseThrow().getTitle();
        assertThat(finalTitle).isIn("Simultaneous edit on A", "Simultaneous edit on B");
        assertThat(onB.get(id).orElseThrow().getTitle()).isEqualTo(finalTitle);
    }

    private static List<String> saveAtOnce(
            CooperationRecord onA, RecordService serviceA, CooperationRecord onB, RecordService serviceB)
            throws InterruptedException {
        onA.setTitle("Simultaneous edit on A");
        onB.setTitle("Simultaneous edit on B");
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        for (Runnable save : List.<Runnable>of(() -> serviceA.save(onA), () -> serviceB.save(onB))) {
            threads.submit(() -> {
                signInAsEditor();
                try {
                    start.await();
                    save.run();
                    outcomes.add("saved");
                } catch (ObjectOptimisticLockingFailureException conflict) {
                    outcomes.add("conflict");
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return outcomes;
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + PostgresForTests.USER,
                        "--spring.datasource.password=",
                        "--atlas.admin.initial-password=two-nodes-admin-password");
    }

    private static void signInAsEditor() {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("edith", null, Role.EDITOR.authorities()));
    }
}
