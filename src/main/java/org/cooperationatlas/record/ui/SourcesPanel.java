package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordLinks;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.security.ReadAccess;
import org.springframework.data.domain.PageRequest;

/**
 * A record's sources side by side: the records an editor linked to it as the same activity reported elsewhere
 * (an editor links and unlinks them here), and what the sources say where their figures meet.
 */
class SourcesPanel extends VerticalLayout {

    final ComboBox<RecordRow> other = new ComboBox<>();
    final Button link = new Button();
    private final RecordLinks links;
    private final RecordFinder finder;
    private final Measures measures;
    private final boolean editor;
    private long id;

    SourcesPanel(RecordLinks links, RecordFinder finder, Measures measures, boolean editor) {
        this.links = links;
        this.finder = finder;
        this.measures = measures;
        this.editor = editor;
        setPadding(false);
        other.setLabel(getTranslation("links.choose"));
        other.setItemLabelGenerator(RecordRow::title);
        other.setWidth("32em");
        other.setItems(query -> finder
                .list(
                        RecordFilter.NONE.withText(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream()
                .filter(row -> row.id() != id));
        link.setText(getTranslation("links.add"));
        link.setIcon(VaadinIcon.LINK.create());
        link.addClickListener(click -> link());
    }

    /** Shows the record's links and accounts, read now. */
    void show(long recordId) {
        id = recordId;
        removeAll();
        add(new H3(getTranslation("links.title")));
        var linked = links.linkedTo(id);
        if (linked.isEmpty()) {
            add(new Paragraph(getTranslation("links.none")));
        }
        for (RecordLinks.LinkedRecord record : linked) {
            RouterLink open = new RouterLink(
                    record.title(),
                    RecordFormView.class,
                    new RouteParameters(RecordFormView.ID, String.valueOf(record.id())));
            // Who linked them is told to those signed in, as a record's history is.
            String day = DatePrecision.DAY.format(
                    record.linkedAt().atOffset(ZoneOffset.UTC).toLocalDate(), getLocale());
            Paragraph who = new Paragraph(
                    ReadAccess.isSignedIn()
                            ? getTranslation("links.linked", record.linkedBy(), day)
                            : getTranslation("links.linkedOn", day));
            who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            HorizontalLayout row = new HorizontalLayout(open, who);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (editor) {
                Button unlink = new Button(getTranslation("links.remove"), click -> unlink(record.id()));
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                unlink.setAriaLabel(getTranslation("links.remove.label", record.title()));
                row.add(unlink);
            }
            add(row);
        }
        if (editor) {
            HorizontalLayout add = new HorizontalLayout(other, link);
            add.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(add);
        }
        add(new H3(getTranslation("accounts.title")), new Paragraph(getTranslation("accounts.intro")));
        add(new AccountsList(links.accountsOf(id), measures, id));
    }

    private void link() {
        RecordRow chosen = other.getValue();
        if (chosen == null) {
            other.setInvalid(true);
            other.setErrorMessage(getTranslation("links.choose.required"));
            return;
        }
        links.link(id, chosen.id());
        Notifications.success(getTranslation("links.added", chosen.title()));
        other.clear();
        show(id);
    }

    private void unlink(long otherId) {
        links.unlink(id, otherId);
        Notifications.success(getTranslation("links.removed"));
        show(id);
    }
}
