package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.cooperationatlas.base.ui.ChoiceBox;
import org.cooperationatlas.base.ui.ChoiceField;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;

/** The filters by kind and crime area, as the records grid, the overview and the flows page offer them. */
public final class RecordChoices {

    private RecordChoices() {}

    /** A record kind, or any when left empty. */
    public static ChoiceBox<RecordKind> kind(Component context) {
        return ChoiceField.optional(
                context.getTranslation("record.kind"),
                List.of(RecordKind.values()),
                value -> context.getTranslation(value.messageKey()),
                context.getTranslation("records.filter.any"));
    }

    /** A crime area, or any when left empty. */
    public static ChoiceBox<CrimeArea> crimeArea(Component context) {
        return ChoiceField.optional(
                context.getTranslation("record.crimeArea"),
                List.of(CrimeArea.values()),
                value -> context.getTranslation(value.messageKey()),
                context.getTranslation("records.filter.any"));
    }
}
