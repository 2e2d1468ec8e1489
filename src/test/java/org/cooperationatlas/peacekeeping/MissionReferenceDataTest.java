package org.cooperationatlas.peacekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperationatlas.country.Country;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** Every UN peacekeeping operation since 1948, loaded by a migration, and an import finding them however written. */
@SpringBootTest
@TestPropertySource(properties = "atlas.test.database=missions")
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class MissionReferenceDataTest {

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Mission> missions() {
        return peacekeeping.missions().stream()
                .collect(Collectors.toMap(Mission::getAcronym, Function.identity(), (a, b) -> a));
    }

    private static List<String> hosts(Mission mission) {
        return mission.getHosts().stream().map(Country::getIso2).sorted().toList();
    }

    @Test
    void every_operation_since_1948_is_known_with_its_names_places_and_dates() {
        Map<String, Mission> missions = missions();
        assertThat(missions).hasSizeGreaterThanOrEqualTo(70).containsKeys("UNTSO", "UNMIL", "MINUSMA", "UNEF I");
        assertThat(missions.values()).allSatisfy(mission -> {
            assertThat(mission.getNameZh()).as(mission.getAcronym()).isNotBlank();
            assertThat(mission.getStartedOn()).as(mission.getAcronym()).isNotNull();
            assertThat(mission.getHosts()).as(mission.getAcronym()).isNotEmpty();
            assertThat(hosts(mission))
                    .as(mission.getAcronym())
                    .contains(mission.getHostCountry().getIso2());
            if (mission.getEndedOn() != null) {
                assertThat(mission.getEndedOn()).as(mission.getAcronym()).isAfterOrEqualTo(mission.getStartedOn());
            }
        });
        Mission untso = missions.get("UNTSO");
        assertThat(untso.getStartedOn()).isEqualTo(LocalDate.of(1948, 5, 29));
        assertThat(untso.getEndedOn()).isNull();
        assertThat(untso.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("联合国停战监督组织");
        assertThat(untso.displayName(Locale.ENGLISH)).isEqualTo("United Nations Truce Supervision Organization");
        assertThat(missions.get("UNMIL").getEndedOn()).isEqualTo(LocalDate.of(2018, 3, 30));
    }

    @Test
    void places_outside_or_between_iso_countries_are_kept_with_the_countries_they_touch() {
        Map<String, Mission> missions = missions();
        assertThat(missions.get("MINURSO").getTerritory()).isEqualTo("Western Sahara");
        assertThat(hosts(missions.get("MINURSO"))).containsExactly("EH");
        assertThat(hosts(missions.get("UNMIK"))).containsExactly("XK");
        assertThat(missions.get("UNISFA").getTerritory()).isEqualTo("Abyei");
        assertThat(missions.get("UNISFA").getTerritoryZh()).isEqualTo("阿卜耶伊");
        assertThat(hosts(missions.get("UNISFA"))).containsExactly("SD", "SS");
        assertThat(missions.get("UNDOF").getTerritory()).isEqualTo("Golan");
        assertThat(hosts(missions.get("UNTSO"))).containsExactly("EG", "IL", "JO", "LB", "SY");
    }

    @Test
    void a_mission_knows_the_operation_it_took_over_from() {
        Map<String, Mission> missions = missions();
        assertThat(missions.get("MONUSCO").getPredecessor().getAcronym()).isEqualTo("MONUC");
        assertThat(missions.get("UNMISS").getPredecessor().getAcronym()).isEqualTo("UNMIS");
        assertThat(missions.get("MINUJUSTH").getPredecessor().getAcronym()).isEqualTo("MINUSTAH");
        assertThat(missions.get("UNAVEM III").getPredecessor().getAcronym()).isEqualTo("UNAVEM II");
        assertThat(missions.get("UNTSO").getPredecessor()).isNull();
    }

    @Test
    void an_import_finds_a_mission_by_its_acronym_written_any_way_or_by_another_acronym() {
        LocalDate month = LocalDate.of(2052, 3, 1);
        peacekeeping.write(
                List.of(
                        new ContributionLine(month, "RW", "unavem 3", PersonnelType.TROOPS, 10, 1, 11),
                        new ContributionLine(month, "RW", "UNOC", PersonnelType.TROOPS, 20, 2, 22),
                        new ContributionLine(month, "RW", "Monusco", PersonnelType.TROOPS, 30, 3, 33)),
                Map.of(),
                done -> {});

        assertThat(jdbc.queryForList(
                        "select m.acronym from peacekeeping_contribution c join mission m on m.id = c.mission_id"
                                + " where c.period_month = ? order by m.acronym",
                        String.class,
                        month))
                .containsExactly("MONUSCO", "ONUC", "UNAVEM III");
        assertThat(missions()).doesNotContainKeys("unavem 3", "UNOC", "Monusco");
        assertThat(peacekeeping.unknownMissions(List.of("UNAVEM-III", "unef 1", "UNOC", "UNTEST52")))
                .containsExactly("UNTEST52");

        // The same lines written again, as another file writes the acronyms, change nothing.
        assertThat(peacekeeping
                        .write(
                                List.of(
                                        new ContributionLine(
                                                month, "RW", "UNAVEM III", PersonnelType.TROOPS, 10, 1, 11),
                                        new ContributionLine(month, "RW", "ONUC", PersonnelType.TROOPS, 20, 2, 22)),
                                Map.of(),
                                done -> {})
                        .unchanged())
                .isEqualTo(2);
    }

    @Test
    void acronyms_compare_without_case_punctuation_or_the_way_a_number_is_written() {
        assertThat(MissionAcronyms.key("UNAVEM III")).isEqualTo(MissionAcronyms.key("unavem-3"));
        assertThat(MissionAcronyms.key("UNEF 1")).isEqualTo(MissionAcronyms.key("UNEF I"));
        assertThat(MissionAcronyms.key("UNEF II")).isNotEqualTo(MissionAcronyms.key("UNEF I"));
        assertThat(MissionAcronyms.key("U.N.M.I.L.")).isEqualTo("UNMIL");
    }
}
