package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.DeletedRecord;
import org.cooperationatlas.record.RecordHistory;
import org.cooperationatlas.security.Role;

/** Records deleted and not brought back: an editor restores one, with everything it held, as a new record. */
@Route("records/deleted")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(order = 7, icon = "vaadin:trash", title = "menu.deleted")
public class DeletedRecordsView extends VerticalLayout implements HasDynamicTitle {

    private final RecordHistory history;
    final Grid<DeletedRecord> grid = new Grid<>();

    public DeletedRecordsView(RecordHistory history) {
        this.history = history;
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(DeletedRecord::title)
                .setHeader(getTranslation("record.title"))
                .setKey("title")
                .setFlexGrow(1);
        grid.addColumn(deleted -> format.format(deleted.deletedAt()))
                .setHeader(getTranslation("deleted.when"))
                .setKey("when")
                .setAutoWidth(true);
        grid.addColumn(deleted -> deleted.deletedBy() == null ? "" : deleted.deletedBy())
                .setHeader(getTranslation("deleted.by"))
                .setKey("by")
                .setAutoWidth(true);
        grid.addComponentColumn(this::restoreButton)
                .setKey("restore")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(
                new ViewToolbar(
                        getTranslation("deleted.title"),
                        new RouterLink(getTranslation("deleted.back"), RecordListView.class)),
                new Paragraph(getTranslation("deleted.intro")),
                grid);
        addClassNames(LumoUtility.Padding.MEDIUM);
        setSizeFull();
        refresh();
    }

    private Button restoreButton(DeletedRecord deleted) {
        Button restore = new Button(getTranslation("deleted.restore"), click -> {
            CooperationRecord restored = history.undelete(deleted.id());
            Notifications.success(getTranslation("deleted.restored", deleted.title()));
            UI.getCurrent()
                    .navigate(
                            RecordFormView.class,
                            new RouteParameters(RecordFormView.ID, String.valueOf(restored.getId())));
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setAriaLabel(getTranslation("deleted.restore.label", deleted.title()));
        return restore;
    }

    private void refresh() {
        grid.setItems(history.deleted());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deleted.title") + " · " + getTranslation("app.name");
    }
}
