package org.cooperationatlas.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.security.AppUser;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.security.UserRuleException;
import org.cooperationatlas.security.UserService;

/** Creates a user, or (given one) sets a new password for them. A refused request says why on the field. */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    UserDialog(UserService users, AppUser existing, Runnable onSaved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("users.new")
                        : getTranslation("users.resetPassword.title", existing.getUsername()));
        username.setLabel(getTranslation("users.username"));
        username.setMaxLength(AppUser.USERNAME_MAX_LENGTH);
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        role.setValue(Role.VIEWER);
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(
                getTranslation("users.password.help", UserService.MIN_PASSWORD_LENGTH, UserService.MAX_PASSWORD_BYTES));
        FormLayout form = existing == null ? new FormLayout(username, role, password) : new FormLayout(password);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (existing == null) {
                    users.create(username.getValue().trim(), password.getValue(), role.getValue());
                } else {
                    users.resetPassword(existing.getId(), password.getValue());
                }
                Notifications.success(getTranslation("users.saved"));
                onSaved.run();
                close();
            } catch (UserRuleException refused) {
                boolean aboutName = refused.messageKey().startsWith("user.username");
                (aboutName ? username : password).setErrorMessage(getTranslation(refused.messageKey()));
                (aboutName ? username : password).setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
