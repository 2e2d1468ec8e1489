package org.cooperationatlas.measure.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.cooperationatlas.measure.MeasureRevision;

/** Every change of a metric or unit, newest first: when, by whom, and its names as they were. */
class MeasureHistory extends Details {

    final Grid<MeasureRevision> changes = new Grid<>();

    MeasureHistory(List<MeasureRevision> revisions) {
        setSummaryText(getTranslation("measures.history", revisions.size()));
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        changes.addColumn(revision -> format.format(revision.when().atZone(ZoneId.of("UTC"))))
                .setHeader(getTranslation("measures.history.when"))
                .setAutoWidth(true);
        changes.addColumn(revision -> revision.who() == null ? "–" : revision.who())
                .setHeader(getTranslation("measures.history.who"))
                .setAutoWidth(true);
        changes.addColumn(revision -> getTranslation("measures.history." + revision.change()))
                .setHeader(getTranslation("measures.history.change"))
                .setAutoWidth(true);
        changes.addColumn(revision -> revision.nameEn() + " · " + revision.nameZh())
                .setHeader(getTranslation("measures.name"))
                .setFlexGrow(1);
        changes.setItems(revisions);
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(changes);
        setWidthFull();
    }
}
