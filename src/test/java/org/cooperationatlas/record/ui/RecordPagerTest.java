package org.cooperationatlas.record.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.search.RecordSearch;
import org.cooperationatlas.search.SearchRebuild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Keyset pages must be exactly the OFFSET pages, in every order the grid offers, ties included. */
@SpringBootTest(properties = "atlas.test.database=paging")
@WithMockUser(username = "rita", roles = "VIEWER")
class RecordPagerTest {

    private static final int PAGE = 7;

    @Autowired
    RecordFinder records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchRebuild searchIndex;

    @Autowired
    RecordSearch search;

    @BeforeEach
    void manyRecordsWithTies() {
        if (jdbc.queryForObject("select count(*) from cooperation_record where title like 'Paged %'", Integer.class)
                > 0) {
            return;
        }
        String[] leads = {"CN", "IT", "FR", "VN"};
        String[] kinds = {"JOINT_PATROL", "JOINT_OPERATION", "TRAINING_EXCHANGE"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Few distinct titles, kinds, leads and dates, so that pages break inside runs of equal values.
            LocalDate start = LocalDate.of(2010 + i % 3, 1 + i % 2, 1);
            rows.add(new Object[] {
                "Paged " + (i % 5),
                kinds[i % kinds.length],
                leads[i % leads.length],
                Date.valueOf(start),
                Date.valueOf(start),
                Date.valueOf(start.plusMonths(1))
            });
        }
        jdbc.batchUpdate(
                "insert into cooperation_record (title, kind, crime_area, lead_country, start_date, "
                        + "start_precision, period_from, period_to, status, updated_at) values (?, ?, 'OTHER', ?, ?, 'DAY', ?, ?, "
                        + "'COMPLETED', current_timestamp)",
                rows);
        // Every third record has Italy as a partner too: a country's records are leads and partners.
        jdbc.update("insert into record_partner (record_id, country_iso2) select id, 'IT' from cooperation_record"
                + " where title like 'Paged %' and lead_country <> 'IT' and mod(id, 3) = 0");
        // Written around the application, as a bulk load is: the lookup tables are counted afresh.
        searchIndex.rebuild();
    }

    @Test
    void a_country_is_paged_newest_first_from_its_own_rows_as_offset_pages_are() {
        List<Long> italianNewestFirst = jdbc.queryForList("""
                select id from cooperation_record r where lead_country = 'IT'
                  or exists (select 1 from record_partner p where p.record_id = r.id and p.country_iso2 = 'IT')
                order by period_from desc, id desc
                """, Long.class);
        RecordFilter italy = RecordFilter.NONE.withCountry("IT");
        assertThat(search.plan(italy, Sort.unsorted()).readsCountryIndex()).isTrue();
        assertThat(scrolled(italy, Sort.unsorted()))
                .isEqualTo(italianNewestFirst)
                .hasSizeGreaterThan(PAGE * 2);
        List<Long> italianOldestFirst = new ArrayList<>(italianNewestFirst);
        Collections.reverse(italianOldestFirst);
        assertThat(scrolled(italy, Sort.by("periodFrom"))).isEqualTo(italianOldestFirst);
        for (RecordFilter filter : List.of(italy.withKind(RecordKind.JOINT_PATROL), italy.withYears(2010, 2011))) {
            for (Sort order : List.of(Sort.unsorted(), Sort.by("periodFrom"), Sort.by("title"))) {
                List<Long> offset = new ArrayList<>();
                for (int page = 0; page < 12; page++) {
                    records.list(filter, PageRequest.of(page, PAGE, order)).forEach(row -> offset.add(row.id()));
                }
                assertThat(scrolled(filter, order))
                        .as("filter %s, order %s", filter, order)
                        .isEqualTo(offset)
                        .isNotEmpty()
                        .isSubsetOf(italianNewestFirst);
            }
        }
    }

    @Test
    void a_text_filters_few_matches_are_paged_in_the_order_asked_for() {
        for (String direction : List.of("desc", "asc")) {
            List<Long> expected = jdbc.queryForList(
                    "select id from cooperation_record where title like 'Paged %'" + " order by period_from "
                            + direction + ", id " + direction,
                    Long.class);
            Sort order = Sort.by(Sort.Direction.fromString(direction), "periodFrom");
            assertThat(scrolled(RecordFilter.NONE.withText("paged"), order))
                    .as(direction)
                    .isEqualTo(expected);
        }
        List<Long> byTitle = jdbc.queryForList(
                "select id from cooperation_record where title like 'Paged %'" + " order by title desc, id desc",
                Long.class);
        assertThat(scrolled(RecordFilter.NONE.withText("paged"), Sort.by(Sort.Direction.DESC, "title")))
                .isEqualTo(byTitle);
    }

    private List<Long> scrolled(RecordFilter filter, Sort order) {
        RecordPager pager = new RecordPager();
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 12; page++) {
            pager.page(records, filter, PageRequest.of(page, PAGE, order)).forEach(row -> ids.add(row.id()));
        }
        return ids;
    }

    @Test
    void scrolling_page_after_page_gives_the_offset_pages_in_every_order() {
        List<Sort> orders = List.of(
                Sort.unsorted(),
                Sort.by("title"),
                Sort.by(Sort.Direction.DESC, "title"),
                Sort.by("kind"),
                Sort.by("periodFrom"),
                Sort.by(Sort.Direction.DESC, "leadCountry"),
                Sort.by(Sort.Order.asc("kind"), Sort.Order.desc("title")));
        List<RecordFilter> filters = List.of(
                RecordFilter.NONE,
                RecordFilter.NONE.withKind(RecordKind.JOINT_PATROL),
                RecordFilter.NONE.withCrimeArea(CrimeArea.OTHER),
                RecordFilter.NONE.withText("paged"));
        for (RecordFilter filter : filters) {
            for (Sort order : orders) {
                RecordPager pager = new RecordPager();
                List<Long> scrolled = new ArrayList<>();
                List<Long> offset = new ArrayList<>();
                for (int page = 0; page < 12; page++) {
                    pager.page(records, filter, PageRequest.of(page, PAGE, order))
                            .forEach(row -> scrolled.add(row.id()));
                    records.list(filter, PageRequest.of(page, PAGE, order)).forEach(row -> offset.add(row.id()));
                }
                assertThat(scrolled)
                        .as("filter %s, order %s", filter, order)
                        .isEqualTo(offset)
                        .doesNotHaveDuplicates()
                        .hasSizeGreaterThan(19);
            }
        }
    }

    @Test
    void a_filter_or_order_change_starts_afresh_and_a_jump_falls_back_to_offset() {
        RecordPager pager = new RecordPager();
        RecordFilter italy = RecordFilter.NONE.withCountry("IT");
        pager.page(records, RecordFilter.NONE, PageRequest.of(0, PAGE, Sort.by("title")));
        pager.page(records, RecordFilter.NONE, PageRequest.of(1, PAGE, Sort.by("title")));

        assertThat(ids(pager.page(records, italy, PageRequest.of(1, PAGE, Sort.by("title")))))
                .isEqualTo(ids(records.list(italy, PageRequest.of(1, PAGE, Sort.by("title")))));
        assertThat(ids(pager.page(records, italy, PageRequest.of(2, PAGE, Sort.by("title")))))
                .isEqualTo(ids(records.list(italy, PageRequest.of(2, PAGE, Sort.by("title")))));
        assertThat(ids(pager.page(records, RecordFilter.NONE, PageRequest.of(5, PAGE, Sort.by("kind")))))
                .isEqualTo(ids(records.list(RecordFilter.NONE, PageRequest.of(5, PAGE, Sort.by("kind")))));
    }

    private static List<Long> ids(List<RecordRow> rows) {
        return rows.stream().map(RecordRow::id).toList();
    }
}
