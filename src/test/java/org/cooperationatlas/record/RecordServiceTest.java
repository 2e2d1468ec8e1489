package org.cooperationatlas.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(username = "edith", roles = "EDITOR")
class RecordServiceTest {

    @Autowired
    RecordRepository repository;

    @Autowired
    RecordService records;

    @Autowired
    TestRecords testRecords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_record_without_a_source_is_not_saved() {
        CooperationRecord record = testRecords.unsaved("Sourceless patrol");
        record.setSources(Set.of());
        int before = count();
        assertThatThrownBy(() -> records.save(record))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("at least one source");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_record_that_ends_before_it_starts_is_not_saved() {
        CooperationRecord record = testRecords.unsaved("Backwards patrol");
        record.setEndDate(LocalDate.of(2018, 1, 1));
        int before = count();
        assertThatThrownBy(() -> records.save(record)).isInstanceOf(ConstraintViolationException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_negative_count_is_not_saved_and_neither_is_the_rest_of_the_record() {
        CooperationRecord record = testRecords.unsaved("Negative patrol");
        record.getFigures().get(0).setValue(new BigDecimal("-3"));
        int before = count();
        assertThatThrownBy(() -> records.save(record))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("cannot be negative");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_save_over_someone_elses_newer_version_is_refused_and_theirs_is_kept() {
        CooperationRecord mine = testRecords.saved("Contested patrol");
        CooperationRecord theirs = records.get(mine.getId()).orElseThrow();
        theirs.setTitle("Contested patrol, corrected by them");
        records.save(theirs);

        mine.setTitle("Contested patrol, corrected by me");
        assertThatThrownBy(() -> records.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(records.get(mine.getId()).orElseThrow().getTitle()).isEqualTo("Contested patrol, corrected by them");
    }

    @Test
    void a_change_to_a_figure_alone_still_checks_the_record_version() {
        CooperationRecord mine = testRecords.saved("Figure race");
        CooperationRecord theirs = records.get(mine.getId()).orElseThrow();
        theirs.setSummary("They added a summary");
        records.save(theirs);

        mine.getFigures().get(0).setValue(new BigDecimal("99"));
        assertThatThrownBy(() -> records.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(records.get(mine.getId()).orElseThrow().getFigures().get(0).getValue())
                .isEqualByComparingTo("12");
    }

    @Test
    void saving_keeps_figures_places_and_partners_and_derives_the_period() {
        CooperationRecord saved = testRecords.saved("Complete patrol");
        assertThat(saved.getFigures()).hasSize(1);
        assertThat(saved.getPlaces()).extracting(Place::getName).containsExactly("Barcelona");
        assertThat(saved.getPartners()).extracting(c -> c.getIso2()).containsExactly("ES");
        assertThat(saved.getPeriodFrom()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(saved.getPeriodTo()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void delete_removes_the_record_with_its_figures_and_refuses_a_stale_version() {
        CooperationRecord record = testRecords.saved("Short-lived patrol");
        assertThatThrownBy(() -> records.delete(record.getId(), record.getVersion() + 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        records.delete(record.getId(), record.getVersion());
        assertThat(records.get(record.getId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from figure where record_id = ?", Integer.class, record.getId()))
                .isZero();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from cooperation_record", Integer.class);
    }

    @Test
    void a_save_behind_a_long_import_gives_up_within_seconds_saying_so_and_saves_nothing() throws Exception {
        CooperationRecord record = testRecords.saved("Patrol saved during an import");
        record.setTitle("Patrol changed during an import");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // An import holds the data version's row lock for as long as it writes.
        Thread importing = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update data_version set version = version + 1 where id = 1");
            holding.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }));
        importing.start();
        holding.await(10, TimeUnit.SECONDS);
        long began = System.nanoTime();
        try {
            assertThatThrownBy(() -> records.save(record))
                    .isInstanceOfAny(PessimisticLockingFailureException.class, QueryTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(20));
        } finally {
            release.countDown();
            importing.join(10_000);
        }
        assertThat(records.get(record.getId()).orElseThrow().getTitle()).isEqualTo("Patrol saved during an import");
    }

    @Test
    void a_date_outside_1800_to_2100_is_refused() {
        CooperationRecord record = testRecords.unsaved("Patrol in the far past");
        record.setStartDate(LocalDate.of(1700, 1, 1));

        assertThatThrownBy(() -> records.save(record))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("1800");
    }
}
