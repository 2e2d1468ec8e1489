package org.cooperationatlas.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.record.FigureLine;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.search.CountryRole;
import org.cooperationatlas.search.RecordSearch;
import org.cooperationatlas.search.RoleInRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

// The seeded article alone, in a database no test changes, so that the counts are known.
@SpringBootTest(properties = "atlas.test.database=seed-only")
class CountryInvolvementTest {

    @Autowired
    RecordService records;

    @Autowired
    RecordStatistics statistics;

    @Autowired
    RecordSearch search;

    @Test
    void the_seed_counts_each_country_by_role_in_sql() {
        Map<String, CountryInvolvement> counts = statistics.involvementByCountry();
        assertThat(counts.get("IT")).isEqualTo(new CountryInvolvement("IT", 0, 2, 1, 2));
        assertThat(counts.get("VN")).isEqualTo(new CountryInvolvement("VN", 0, 1, 0, 1));
        assertThat(counts.get("MM")).isEqualTo(new CountryInvolvement("MM", 0, 1, 0, 1));
        assertThat(counts.get("US")).isEqualTo(new CountryInvolvement("US", 0, 1, 0, 1));
        assertThat(counts.get("LR")).isEqualTo(new CountryInvolvement("LR", 0, 0, 1, 1));
        assertThat(counts.get("CN").asLead()).isGreaterThanOrEqualTo(10);
        assertThat(counts.get("CN").asPlace()).isEqualTo(1);
        assertThat(counts).doesNotContainKey("DE");
    }

    @Test
    void a_profile_lists_the_records_of_a_country_with_its_roles() {
        List<RoleInRecord> italy = all("IT");
        assertThat(italy)
                .extracting(item -> item.record().title())
                .containsExactly(
                        "Italian police officers join patrols at the Badaling section of the Great Wall",
                        "China–Italy joint police patrols in Rome and Milan");
        assertThat(italy.get(1).roles()).isEqualTo(Set.of(CountryRole.PARTNER, CountryRole.PLACE));
        assertThat(all("US"))
                .extracting(item -> item.record().title())
                .containsExactly("China–US crackdown on a chain of pornographic websites");
        assertThat(all("VN"))
                .extracting(item -> item.record().title())
                .containsExactly("Joint anti-abduction campaigns with Vietnam and Myanmar");
        assertThat(all("DE")).isEmpty();
        // A country that is only the place of a record: found among its places, not its leads and partners.
        assertThat(statistics.involvementByCountry().get("LR").total()).isEqualTo(1);
        assertThat(search.latestInvolving("LR", 5)).singleElement().satisfies(item -> {
            assertThat(item.record().title()).contains("peacekeeping");
            assertThat(item.roles()).isEqualTo(Set.of(CountryRole.PLACE));
        });
    }

    @Test
    void a_country_in_many_records_shows_the_latest_and_says_how_many_there_are() {
        List<RoleInRecord> all = all("CN");

        List<RoleInRecord> latest = search.latestInvolving("CN", 3);

        assertThat(statistics.involvementByCountry().get("CN").total())
                .isEqualTo(all.size())
                .isGreaterThan(3);
        assertThat(latest)
                .extracting(item -> item.record().id(), RoleInRecord::roles)
                .isEqualTo(all.subList(0, 3).stream()
                        .map(item -> tuple(item.record().id(), item.roles()))
                        .toList());
        assertThat(search.latestInvolving("IT", 3)).hasSize(2);
        assertThat(search.latestInvolving("DE", 3)).isEmpty();
    }

    @Test
    void the_figures_about_a_country_are_those_naming_it_or_its_records_unnamed_ones() {
        List<Long> usRecords =
                all("US").stream().map(item -> item.record().id()).toList();
        List<FigureLine> us = records.figuresAbout("US", usRecords);
        assertThat(us).extracting(FigureLine::metric).containsExactly(Metric.SUSPECTS_ARRESTED);
        List<Long> chinaRecords =
                all("CN").stream().map(item -> item.record().id()).toList();
        assertThat(records.figuresAbout("CN", chinaRecords))
                .extracting(FigureLine::metric)
                .contains(Metric.FUGITIVES_FLED, Metric.SUSPECTS_DETAINED, Metric.VICTIMS_RESCUED);
        assertThat(records.figuresAbout("CN", chinaRecords))
                .filteredOn(f -> f.metric().equals(Metric.SUSPECTS_ARRESTED))
                .extracting(FigureLine::countryIso2)
                .doesNotContain("US");
    }

    private List<RoleInRecord> all(String iso2) {
        return search.latestInvolving(iso2, Integer.MAX_VALUE);
    }
}
