package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Collection;
import java.util.List;

/** The two kinds of fixed choice the atlas's filters offer. */
public final class ChoiceField {

    private ChoiceField() {}

    /** A choice that may be left empty, read as "any": the field says so and offers to clear it. */
    public static <T> ChoiceBox<T> optional(
            String label, Collection<T> items, ItemLabelGenerator<T> labels, String any) {
        ChoiceBox<T> field = required(label, items, labels);
        field.setClearButtonVisible(true);
        field.setPlaceholder(any);
        return field;
    }

    /** A choice that always has a value; a field emptied by the reader is ignored by its listener. */
    public static <T> ChoiceBox<T> required(String label, Collection<T> items, ItemLabelGenerator<T> labels) {
        return new ChoiceBox<>(label, List.copyOf(items), labels);
    }
}
