package org.cooperationatlas.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "edith", roles = "EDITOR")
class RecordHistoryTest {

    @Autowired
    RecordService records;

    @Autowired
    org.cooperationatlas.search.RecordSearch search;

    @Autowired
    RecordHistory history;

    @Autowired
    TestRecords testRecords;

    @Test
    void create_edit_and_delete_each_leave_a_revision_with_who_and_what_changed() {
        CooperationRecord record = testRecords.saved("Patrol with a past");
        record.setTitle("Patrol with a longer past");
        record.getFigures().get(0).setValue(new BigDecimal("14"));
        records.save(record);
        CooperationRecord latest = records.get(record.getId()).orElseThrow();
        records.delete(latest.getId(), latest.getVersion());

        List<RecordRevision> revisions = history.of(record.getId());
        assertThat(revisions).extracting(RecordRevision::type).containsExactly("DEL", "MOD", "ADD");
        assertThat(revisions).extracting(RecordRevision::who).containsOnly("edith");
        RecordRevision edit = revisions.get(1);
        assertThat(edit.changes())
                .contains(new RecordRevision.FieldChange(
                        "record.title", "Patrol with a past", "Patrol with a longer past"));
        assertThat(edit.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("record.section.figures");
            assertThat(change.before()).contains("OFFICERS_DEPLOYED EXACT 12 PEOPLE");
            assertThat(change.after()).contains("OFFICERS_DEPLOYED EXACT 14 PEOPLE");
        });
        assertThat(revisions.get(2).changes())
                .extracting(RecordRevision.FieldChange::field)
                .contains("record.title", "record.lead", "record.partners", "record.section.places");
    }

    @Test
    void restoring_brings_the_old_values_back_and_is_itself_recorded() {
        CooperationRecord record = testRecords.saved("Patrol before the change");
        long firstRevision = history.of(record.getId()).get(0).revision();
        record.setTitle("Patrol after the change");
        record.getFigures().get(0).setValue(new BigDecimal("30"));
        record.getPlaces().clear();
        records.save(record);

        history.restore(
                record.getId(),
                firstRevision,
                records.get(record.getId()).orElseThrow().getVersion());

        CooperationRecord restored = records.get(record.getId()).orElseThrow();
        assertThat(restored.getTitle()).isEqualTo("Patrol before the change");
        assertThat(restored.getFigures())
                .extracting(f -> f.getValue().intValue())
                .containsExactly(12);
        assertThat(restored.getPlaces()).extracting(Place::getName).containsExactly("Barcelona");
        List<RecordRevision> revisions = history.of(record.getId());
        assertThat(revisions).hasSize(3);
        assertThat(revisions.get(0).changes())
                .contains(new RecordRevision.FieldChange(
                        "record.title", "Patrol after the change", "Patrol before the change"));
    }

    @Test
    void the_seeded_records_have_their_loaded_state_as_first_revision() {
        long seeded = search.list(
                        RecordFilter.NONE.withText("Badaling"), org.springframework.data.domain.PageRequest.of(0, 1))
                .get(0)
                .id();
        List<RecordRevision> revisions = history.of(seeded);
        assertThat(revisions.get(revisions.size() - 1).who()).isEqualTo("system");
        assertThat(revisions.get(revisions.size() - 1).type()).isEqualTo("ADD");
    }

    @Test
    void a_restore_over_a_version_the_editor_has_not_seen_is_refused_and_changes_nothing() {
        CooperationRecord record = testRecords.saved("Patrol restored over an edit");
        long firstRevision = history.of(record.getId()).get(0).revision();
        long seen = records.get(record.getId()).orElseThrow().getVersion();
        record.setTitle("Patrol edited by someone else");
        records.save(record);

        assertThatThrownBy(() -> history.restore(record.getId(), firstRevision, seen))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(records.get(record.getId()).orElseThrow().getTitle()).isEqualTo("Patrol edited by someone else");
    }

    @Test
    void a_deleted_record_is_listed_and_comes_back_whole_once() {
        CooperationRecord record = testRecords.saved("Patrol deleted by mistake");
        CooperationRecord latest = records.get(record.getId()).orElseThrow();
        records.delete(latest.getId(), latest.getVersion());
        assertThat(history.deleted()).anySatisfy(deleted -> {
            assertThat(deleted.id()).isEqualTo(record.getId());
            assertThat(deleted.title()).isEqualTo("Patrol deleted by mistake");
            assertThat(deleted.deletedBy()).isEqualTo("edith");
        });

        CooperationRecord back = history.undelete(record.getId());

        CooperationRecord restored = records.get(back.getId()).orElseThrow();
        assertThat(restored.getTitle()).isEqualTo("Patrol deleted by mistake");
        assertThat(restored.getFigures())
                .extracting(f -> f.getValue().intValue())
                .containsExactly(12);
        assertThat(restored.getPlaces()).extracting(Place::getName).containsExactly("Barcelona");
        assertThat(restored.getPartners()).isNotEmpty();
        assertThat(history.deleted())
                .noneSatisfy(deleted -> assertThat(deleted.id()).isEqualTo(record.getId()));
        assertThatThrownBy(() -> history.undelete(record.getId())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithAnonymousUser
    void readers_who_are_not_signed_in_see_when_but_not_who() {
        long seeded = search.list(
                        RecordFilter.NONE.withText("Badaling"), org.springframework.data.domain.PageRequest.of(0, 1))
                .get(0)
                .id();

        assertThat(history.of(seeded)).isNotEmpty().allSatisfy(revision -> {
            assertThat(revision.who()).isNull();
            assertThat(revision.when()).isNotNull();
        });
    }
}
