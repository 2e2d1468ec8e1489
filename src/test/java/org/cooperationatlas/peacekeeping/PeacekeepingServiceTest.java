package org.cooperationatlas.peacekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = "atlas.test.database=peacekeeping")
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class PeacekeepingServiceTest {

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void monthly_personnel_is_summed_over_missions_by_type_for_a_country_its_region_and_all() {
        LocalDate january = LocalDate.of(2051, 1, 1);
        LocalDate february = LocalDate.of(2051, 2, 1);
        peacekeeping.write(
                List.of(
                        new ContributionLine(
                                january, "RW", "UNTEST51A", PersonnelType.FORMED_POLICE_UNIT, 100, 40, 140),
                        new ContributionLine(january, "RW", "UNTEST51B", PersonnelType.FORMED_POLICE_UNIT, 50, 10, 60),
                        new ContributionLine(january, "RW", "UNTEST51B", PersonnelType.INDIVIDUAL_POLICE, 8, 2, 10),
                        new ContributionLine(
                                february, "RW", "UNTEST51A", PersonnelType.FORMED_POLICE_UNIT, 90, 40, 130),
                        new ContributionLine(january, "IT", "UNTEST51A", PersonnelType.TROOPS, 5, 0, 5)),
                Map.of(),
                done -> {});

        assertThat(peacekeeping.monthlyPersonnel("RW"))
                .containsExactly(
                        new MonthlyPersonnel(january, PersonnelType.FORMED_POLICE_UNIT, 200),
                        new MonthlyPersonnel(january, PersonnelType.INDIVIDUAL_POLICE, 10),
                        new MonthlyPersonnel(february, PersonnelType.FORMED_POLICE_UNIT, 130));
        assertThat(peacekeeping.monthlyPersonnel(null, "Africa", 2051, 2051))
                .containsExactly(
                        new MonthlyPersonnel(january, PersonnelType.FORMED_POLICE_UNIT, 200),
                        new MonthlyPersonnel(january, PersonnelType.INDIVIDUAL_POLICE, 10),
                        new MonthlyPersonnel(february, PersonnelType.FORMED_POLICE_UNIT, 130));
        assertThat(peacekeeping.monthlyPersonnel(null, null, 2051, 2051))
                .contains(new MonthlyPersonnel(january, PersonnelType.TROOPS, 5));
        assertThat(peacekeeping.monthlyPersonnel("IT", "Africa", 2051, 2051)).isEmpty();

        // A corrected count replaces the old one in every sum.
        peacekeeping.write(
                List.of(new ContributionLine(
                        february, "RW", "UNTEST51A", PersonnelType.FORMED_POLICE_UNIT, 90, 50, 140)),
                Map.of(),
                done -> {});
        assertThat(peacekeeping.monthlyPersonnel("RW"))
                .last()
                .isEqualTo(new MonthlyPersonnel(february, PersonnelType.FORMED_POLICE_UNIT, 140));
        assertThat(peacekeeping.monthlyPersonnel(null, null, 2051, 2051))
                .contains(new MonthlyPersonnel(february, PersonnelType.FORMED_POLICE_UNIT, 140));
    }

    @Test
    void pages_by_cursor_give_every_line_once_in_the_order_of_its_key_with_or_without_a_filter() {
        List<ContributionLine> lines = new ArrayList<>();
        for (String country : List.of("GH", "CN", "NP")) {
            for (String mission : List.of("UNTEST52B", "UNTEST52A")) {
                for (int month = 1; month <= 3; month++) {
                    for (PersonnelType type : List.of(PersonnelType.TROOPS, PersonnelType.INDIVIDUAL_POLICE)) {
                        lines.add(new ContributionLine(
                                LocalDate.of(2052, month, 1),
                                country,
                                mission,
                                type,
                                null,
                                null,
                                month * 10 + type.ordinal()));
                    }
                }
            }
        }
        peacekeeping.write(lines, Map.of(), done -> {});
        Map<String, Long> missionIds = Map.of(
                "UNTEST52A", jdbc.queryForObject("select id from mission where acronym = 'UNTEST52A'", Long.class),
                "UNTEST52B", jdbc.queryForObject("select id from mission where acronym = 'UNTEST52B'", Long.class));
        Comparator<ContributionLine> byKey = Comparator.comparing(ContributionLine::month)
                .thenComparing(ContributionLine::country)
                .thenComparing(line -> missionIds.get(line.mission()))
                .thenComparing(line -> line.personnelType().name());

        assertThat(followed(null, null))
                .containsExactlyElementsOf(lines.stream().sorted(byKey).toList());
        assertThat(followed("CN", null))
                .containsExactlyElementsOf(lines.stream()
                        .filter(line -> line.country().equals("CN"))
                        .sorted(byKey)
                        .toList());
        assertThat(followed(null, "UNTEST52A"))
                .containsExactlyElementsOf(lines.stream()
                        .filter(line -> line.mission().equals("UNTEST52A"))
                        .sorted(byKey)
                        .toList());
        assertThat(followed("NP", "untest52b"))
                .containsExactlyElementsOf(lines.stream()
                        .filter(line ->
                                line.country().equals("NP") && line.mission().equals("UNTEST52B"))
                        .sorted(byKey)
                        .toList());
        assertThat(peacekeeping
                        .contributions(null, "UNTEST52A", null, null, null, 2, 5)
                        .lines())
                .containsExactlyElementsOf(lines.stream()
                        .filter(line -> line.mission().equals("UNTEST52A"))
                        .sorted(byKey)
                        .skip(2)
                        .limit(5)
                        .toList());
    }

    // Every page of five after the cursor of the one before, as a client follows `next`.
    private List<ContributionLine> followed(String country, String mission) {
        List<ContributionLine> all = new ArrayList<>();
        ContributionCursor after = null;
        do {
            ContributionPage page = peacekeeping.contributions(country, mission, 2052, 2052, after, 0, 5);
            all.addAll(page.lines());
            after = page.next();
            if (after != null) {
                assertThat(ContributionCursor.parse(after.encode())).contains(after);
            }
        } while (after != null);
        return all;
    }
}
