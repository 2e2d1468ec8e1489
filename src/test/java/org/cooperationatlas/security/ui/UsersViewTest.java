package org.cooperationatlas.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.security.AppUser;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersViewTest extends KaribuTest {

    private UsersView view;

    @BeforeEach
    void openAsAdmin() {
        login("ada", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        view = _get(UsersView.class);
    }

    private List<AppUser> listed() {
        return GridKt._fetch(view.grid, 0, 100);
    }

    @Test
    void an_administrator_changes_roles_and_disables_others_but_not_themselves() {
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("New user")));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.username, "vera");
        _setValue(dialog.password, "a long enough password");
        _click(dialog.save);
        login("admin", Role.ADMIN);

        _setValue(roleOf("vera"), Role.EDITOR);
        _setValue(enabledOf("vera"), false);
        AppUser changed = row("vera");
        assertThat(changed.getRole()).isEqualTo(Role.EDITOR);
        assertThat(changed.isEnabled()).isFalse();

        _setValue(enabledOf("admin"), false);
        assertThat(row("admin").isEnabled()).isTrue();
        assertThat(enabledOf("admin").getValue()).isTrue();
    }

    private int index(String username) {
        return listed().stream().map(AppUser::getUsername).toList().indexOf(username);
    }

    private AppUser row(String username) {
        return listed().get(index(username));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.select.Select<Role> roleOf(String username) {
        return (com.vaadin.flow.component.select.Select<Role>)
                GridKt._getCellComponent(view.grid, index(username), "role");
    }

    private com.vaadin.flow.component.checkbox.Checkbox enabledOf(String username) {
        return (com.vaadin.flow.component.checkbox.Checkbox)
                GridKt._getCellComponent(view.grid, index(username), "enabled");
    }

    @Test
    void an_administrator_creates_a_user_and_a_short_password_is_refused_on_its_field() {
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("New user")));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.username, "newcomer");
        _setValue(dialog.role, Role.EDITOR);
        _setValue(dialog.password, "short");
        _click(dialog.save);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password is too short");
        assertThat(listed()).extracting(AppUser::getUsername).doesNotContain("newcomer");

        _setValue(dialog.password, "a long enough password");
        _click(dialog.save);
        assertThat(listed())
                .filteredOn(user -> user.getUsername().equals("newcomer"))
                .singleElement()
                .extracting(AppUser::getRole)
                .isEqualTo(Role.EDITOR);
    }

    @Test
    void the_download_lists_the_users_as_the_grid_does() {
        CsvTable table = view.table();

        assertThat(table.headers()).containsExactly("User name", "Role", "Enabled", "Status");
        assertThat(table.rows())
                .extracting(row -> row.get(0))
                .containsExactlyElementsOf(
                        listed().stream().map(AppUser::getUsername).toList());
        assertThat(table.rows())
                .filteredOn(row -> row.get(0).equals("admin"))
                .singleElement()
                .isEqualTo(List.of("admin", "Administrator", "Yes", ""));
    }
}
