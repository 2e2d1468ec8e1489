package org.cooperationatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Which plan each grid request gets, on H2 here and on PostgreSQL in the subclass: the order rows are read in,
 * whether a country's own index serves them, and how a text is looked up. The seed's records are enough: the
 * plans depend on the filter, the order and how many records a text's words are in.
 */
@SpringBootTest(properties = "atlas.test.database=seed-only")
@WithMockUser(username = "rita", roles = "VIEWER")
class RecordQueryPlanTest {

    @Autowired
    RecordSearch search;

    /** Whether a text's few candidates are read by id and then sorted, rather than found along the order's index. */
    protected boolean sortsFetchedCandidates() {
        return false;
    }

    private RecordQueryPlan plan(RecordFilter filter, Sort requested) {
        return search.plan(filter, requested);
    }

    private static List<String> order(RecordQueryPlan plan) {
        return plan.order().stream()
                .map(by -> by.getProperty() + (by.isAscending() ? " asc" : " desc"))
                .toList();
    }

    @Test
    void no_filter_reads_the_newest_first_along_the_period_index() {
        RecordQueryPlan plan = plan(RecordFilter.NONE, Sort.unsorted());
        assertThat(order(plan)).containsExactly("periodFrom desc", "id desc");
        assertThat(plan.readsCountryIndex()).isFalse();
        assertThat(plan.readsTextCandidates()).isFalse();
        assertThat(plan.sortsFetchedRows()).isFalse();
    }

    @Test
    void a_requested_column_is_made_a_total_order_by_the_id_in_its_direction() {
        assertThat(order(plan(RecordFilter.NONE, Sort.by("title")))).containsExactly("title asc", "id asc");
        assertThat(order(plan(RecordFilter.NONE, Sort.by(Sort.Direction.DESC, "leadCountry"))))
                .containsExactly("leadCountry.iso2 desc", "id desc");
        // Records of one kind follow each other by period, as the index on (kind, period, id) holds them.
        assertThat(order(plan(RecordFilter.NONE, Sort.by("kind"))))
                .containsExactly("kind asc", "periodFrom asc", "id asc");
        // A column no index keeps in order is not sorted on.
        assertThat(order(plan(RecordFilter.NONE, Sort.by("summary")))).containsExactly("periodFrom desc", "id desc");
    }

    @Test
    void a_kind_or_crime_area_filter_leads_the_default_order_with_its_constant_column() {
        assertThat(order(plan(RecordFilter.NONE.withKind(RecordKind.JOINT_PATROL), Sort.unsorted())))
                .containsExactly("kind desc", "periodFrom desc", "id desc");
        assertThat(order(plan(RecordFilter.NONE.withCrimeArea(CrimeArea.DRUGS), Sort.unsorted())))
                .containsExactly("crimeArea desc", "periodFrom desc", "id desc");
        assertThat(order(plan(RecordFilter.NONE.withKind(RecordKind.JOINT_PATROL), Sort.by("title"))))
                .containsExactly("title asc", "id asc");
    }

    @Test
    void a_country_in_the_default_order_is_read_from_the_countrys_own_index() {
        RecordFilter italy = RecordFilter.NONE.withCountry("IT");
        assertThat(plan(italy, Sort.unsorted()).readsCountryIndex()).isTrue();
        assertThat(plan(italy, Sort.by("periodFrom")).readsCountryIndex()).isTrue();
        assertThat(order(plan(italy.withKind(RecordKind.JOINT_PATROL), Sort.unsorted())))
                .as("the country's index, not the kind's, serves the order")
                .containsExactly("periodFrom desc", "id desc");
        assertThat(plan(italy, Sort.by("title")).readsCountryIndex()).isFalse();
    }

    @Test
    void a_text_in_few_records_is_read_by_the_ids_the_word_index_gives() {
        RecordQueryPlan few = plan(RecordFilter.NONE.withText("rome italy"), Sort.unsorted());
        assertThat(few.readsTextCandidates()).isTrue();
        assertThat(few.text().candidates()).isNotEmpty();
        assertThat(few.text().terms()).containsExactlyInAnyOrder("rome", "italy");
        assertThat(few.sortsFetchedRows()).isEqualTo(sortsFetchedCandidates());

        RecordQueryPlan none = plan(RecordFilter.NONE.withText("zanzibarian"), Sort.by("title"));
        assertThat(none.readsTextCandidates()).isTrue();
        assertThat(none.text().candidates()).isEmpty();
    }
}
