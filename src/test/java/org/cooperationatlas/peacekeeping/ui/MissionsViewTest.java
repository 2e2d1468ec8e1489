package org.cooperationatlas.peacekeeping.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Set;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.peacekeeping.Mission;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MissionsViewTest extends KaribuTest {

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    CountryService countries;

    private MissionsView view;

    @BeforeEach
    void openAsAdmin() {
        login("ada", Role.ADMIN);
        UI.getCurrent().navigate(MissionsView.class);
        view = _get(MissionsView.class);
    }

    private Mission mission(String acronym) {
        return peacekeeping.missions().stream()
                .filter(mission -> mission.getAcronym().equals(acronym))
                .findFirst()
                .orElseThrow();
    }

    private void openRow(String acronym) {
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            if (GridKt._get(view.grid, row).getAcronym().equals(acronym)) {
                GridKt._clickItem(view.grid, row);
                return;
            }
        }
        throw new AssertionError("No row for " + acronym);
    }

    @Test
    void the_missions_are_listed_with_where_and_when_they_served() {
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(70);
        int row = 0;
        while (!GridKt._get(view.grid, row).getAcronym().equals("UNISFA")) {
            row++;
        }
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("UNISFA", "2011-06-27");
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, row))).contains("Abyei");
    }

    @Test
    void an_administrator_corrects_a_mission_and_adds_a_new_one() {
        openRow("UNMIL");
        _setValue(view.dialog.nameZh, "联合国利比里亚特派团（测试）");
        _click(view.dialog.save);
        assertThat(mission("UNMIL").getNameZh()).isEqualTo("联合国利比里亚特派团（测试）");

        _click(view.create);
        _setValue(view.dialog.acronym, "UNTEST60");
        _setValue(view.dialog.name, "A test mission");
        _setValue(view.dialog.hosts, Set.of(countries.find("LR").orElseThrow()));
        _setValue(view.dialog.startedOn, LocalDate.of(2060, 1, 1));
        _setValue(
                view.dialog.predecessor,
                view.dialog
                        .predecessor
                        .getListDataView()
                        .getItems()
                        .filter(candidate -> candidate.getAcronym().equals("UNMIL"))
                        .findFirst()
                        .orElseThrow());
        _click(view.dialog.save);

        Mission added = mission("UNTEST60");
        assertThat(added.getHostCountry().getIso2()).isEqualTo("LR");
        assertThat(added.getPredecessor().getAcronym()).isEqualTo("UNMIL");
        assertThat(peacekeeping.unknownMissions(Set.of("untest-60"))).isEmpty();
    }

    @Test
    void an_end_before_the_start_or_a_taken_acronym_is_refused_and_nothing_is_saved() {
        openRow("MINUSMA");
        _setValue(view.dialog.endedOn, LocalDate.of(2000, 1, 1));
        _click(view.dialog.save);
        assertThat(view.dialog.endedOn.isInvalid()).isTrue();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(mission("MINUSMA").getEndedOn()).isEqualTo(LocalDate.of(2023, 12, 31));

        view.dialog.close();
        openRow("MINUSCA");
        _setValue(view.dialog.acronym, "MINUSMA");
        _click(view.dialog.save);
        assertThat(view.dialog.acronym.isInvalid()).isTrue();
        assertThat(mission("MINUSCA").getName()).contains("Central African Republic");
    }

    @Test
    void viewers_and_editors_cannot_open_the_missions() {
        UI.getCurrent().navigate("");
        login("edith", Role.EDITOR);
        assertThatThrownBy(() -> {
                    UI.getCurrent().navigate(MissionsView.class);
                    MockVaadin.clientRoundtrip();
                    _get(MissionsView.class);
                })
                .hasMessageContaining("Access is denied");
    }
}
