package org.cooperationatlas.base.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.shared.HasTooltip;
import java.util.List;

/**
 * A choice among a few fixed values, drawn by the browser's combo box from a list it is sent once, by position.
 * The server keeps the values and how to label them, nothing per item and no data channel: a third of what a
 * {@code ComboBox} keeps in every reader's session, where filters of kinds, areas and regions sit on many pages.
 * For long or growing lists, which the browser should fetch page by page, a {@code ComboBox} is the right field.
 */
@Tag("vaadin-combo-box")
public class ChoiceBox<T> extends AbstractSinglePropertyField<ChoiceBox<T>, T>
        implements HasLabel, HasPlaceholder, HasClearButton, HasTooltip, HasAriaLabel, HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<T> items;
    private final ItemLabelGenerator<T> labels;

    public ChoiceBox(String label, List<T> items, ItemLabelGenerator<T> labels) {
        super("value", null, String.class, ChoiceBox::toItem, ChoiceBox::toKey);
        this.items = List.copyOf(items);
        this.labels = labels;
        setLabel(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A re-attached element is created afresh in the browser, without items.
        // Only the labels travel; an item's value is its position.
        ArrayNode sent = JSON.createArrayNode();
        items.forEach(item -> sent.add(labels.apply(item)));
        getElement()
                .executeJs(
                        "this.items = JSON.parse($0).map((label, i) => ({label, value: String(i)}))", sent.toString());
    }

    private T toItem(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        try {
            int index = Integer.parseInt(key);
            return index >= 0 && index < items.size() ? items.get(index) : null;
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    private String toKey(T item) {
        int index = item == null ? -1 : items.indexOf(item);
        return index < 0 ? "" : String.valueOf(index);
    }
}
