package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.cooperationatlas.record.RecordHistory;
import org.cooperationatlas.record.RecordRevision;

/** A record's saved changes, newest first, field by field; an editor can put an earlier version back. */
class HistoryPanel extends Composite<VerticalLayout> {

    private final RecordHistory history;
    private final SerializableConsumer<Long> onRestore;
    private final boolean canRestore;

    HistoryPanel(RecordHistory history, boolean canRestore, SerializableConsumer<Long> onRestore) {
        this.history = history;
        this.canRestore = canRestore;
        this.onRestore = onRestore;
        getContent().setPadding(false);
    }

    void show(long recordId) {
        VerticalLayout content = getContent();
        content.removeAll();
        List<RecordRevision> revisions = history.of(recordId);
        if (revisions.isEmpty()) {
            content.add(new Paragraph(getTranslation("history.none")));
        }
        for (int i = 0; i < revisions.size(); i++) {
            content.add(revision(revisions.get(i), i == 0));
        }
    }

    private Section revision(RecordRevision revision, boolean newest) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale())
                .withZone(ZoneId.systemDefault());
        H3 heading = new H3(getTranslation(
                "history.heading",
                format.format(revision.when()),
                revision.who() == null ? getTranslation("history.anEditor") : revision.who(),
                getTranslation("history.type." + revision.type())));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        Section section = new Section(heading);
        section.addClassName("atlas-card");
        Div table = new Div();
        table.addClassName("atlas-history-changes");
        for (RecordRevision.FieldChange change : revision.changes()) {
            Div row = new Div(
                    cell(getTranslation(change.field()), "atlas-history-field"),
                    cell(change.before(), "atlas-history-before"),
                    cell(change.after(), "atlas-history-after"));
            row.addClassName("atlas-history-row");
            table.add(row);
        }
        if (revision.changes().isEmpty()) {
            table.add(new Paragraph(getTranslation("history.noFieldChanges")));
        }
        section.add(table);
        if (canRestore && !newest && !"DEL".equals(revision.type())) {
            Button restore =
                    new Button(getTranslation("history.restore"), click -> onRestore.accept(revision.revision()));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            section.add(restore);
        }
        return section;
    }

    private static Div cell(String text, String className) {
        Div cell = new Div();
        cell.setText(text == null ? "–" : text);
        cell.addClassName(className);
        return cell;
    }
}
