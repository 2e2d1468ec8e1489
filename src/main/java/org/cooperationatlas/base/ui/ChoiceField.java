package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collection;

/**
 * A choice among a few fixed values, as a combo box: the browser draws its items from the list it is sent, where a
 * select keeps a component with a text node for every item on the server for as long as the page is open (two
 * dozen nodes for a filter of kinds, in every reader's session).
 */
public final class ChoiceField {

    private ChoiceField() {}

    /** A choice that may be left empty, read as "any": the field says so and offers to clear it. */
    public static <T> ComboBox<T> optional(
            String label, Collection<T> items, ItemLabelGenerator<T> labels, String any) {
        ComboBox<T> field = required(label, items, labels);
        field.setClearButtonVisible(true);
        field.setPlaceholder(any);
        return field;
    }

    /** A choice that always has a value; a field emptied by the reader is ignored by its listener. */
    public static <T> ComboBox<T> required(String label, Collection<T> items, ItemLabelGenerator<T> labels) {
        ComboBox<T> field = new ComboBox<>(label);
        field.setItems(items);
        field.setItemLabelGenerator(labels);
        field.setAllowCustomValue(false);
        return field;
    }
}
