package org.cooperationatlas.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.security.AppUser;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.security.UserRuleException;
import org.cooperationatlas.security.UserService;

/** Administration of users: create them, change their role, disable them, reset their password. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 9, icon = "vaadin:users", title = "menu.users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    final Grid<AppUser> grid = new Grid<>(AppUser.class, false);

    public UsersView(UserService users) {
        this.users = users;
        Button create = new Button(
                getTranslation("users.new"),
                VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(AppUser::getUsername)
                .setHeader(getTranslation("users.username"))
                .setKey("username")
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect)
                .setHeader(getTranslation("users.role"))
                .setKey("role")
                .setAutoWidth(true);
        grid.addComponentColumn(this::enabledBox)
                .setHeader(getTranslation("users.enabled"))
                .setKey("enabled")
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setHeader(getTranslation("users.status"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(user -> {
                    Button reset = new Button(
                            getTranslation("users.resetPassword"),
                            click -> new UserDialog(users, user, this::refresh).open());
                    reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    return reset;
                })
                .setHeader(getTranslation("users.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        grid.setHeight("36em");
        add(new ViewToolbar(getTranslation("users.title"), new CsvDownload("users.csv", this::table), create), grid);
        addClassNames(LumoUtility.Padding.MEDIUM);
        refresh();
    }

    private Select<Role> roleSelect(AppUser user) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        role.setValue(user.getRole());
        role.setAriaLabel(getTranslation("users.role") + " " + user.getUsername());
        role.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                apply(() -> users.changeRole(user.getId(), change.getValue()));
            }
        });
        return role;
    }

    private Checkbox enabledBox(AppUser user) {
        Checkbox enabled = new Checkbox(user.isEnabled());
        enabled.setAriaLabel(getTranslation("users.enabled") + " " + user.getUsername());
        enabled.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                apply(() -> users.setEnabled(user.getId(), change.getValue()));
            }
        });
        return enabled;
    }

    // A refused change is explained, and the grid goes back to what is saved.
    private void apply(Runnable change) {
        try {
            change.run();
            Notifications.success(getTranslation("users.saved"));
        } catch (UserRuleException refused) {
            Notifications.error(getTranslation(refused.messageKey()));
        }
        refresh();
    }

    // Addresses blocked for wrong passwords: someone may be guessing; the owner can still sign in from elsewhere.
    private String status(AppUser user) {
        int blocked = users.blockedAddresses(user);
        return blocked == 0 ? "" : getTranslation("users.throttled", blocked);
    }

    void refresh() {
        grid.setItems(users.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }

    /** The users as the grid lists them: name, role, enabled, locked. */
    CsvTable table() {
        List<List<String>> rows = users.all().stream()
                .map(user -> List.of(
                        user.getUsername(),
                        getTranslation(user.getRole().messageKey()),
                        getTranslation(user.isEnabled() ? "users.csv.yes" : "users.csv.no"),
                        status(user)))
                .toList();
        return new CsvTable(
                getTranslation("users.title"),
                List.of(),
                List.of(
                        getTranslation("users.username"),
                        getTranslation("users.role"),
                        getTranslation("users.enabled"),
                        getTranslation("users.status")),
                rows);
    }
}
