package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A year typed as a number, in a filter: the browser's integer field, which takes only digits, with the bounds set
 * on it so that it marks a year out of range itself. The server reads the year, ignores one out of range, and keeps
 * no validation machinery of its own: half of what an {@code IntegerField} keeps in every reader's session.
 */
@Tag("vaadin-integer-field")
public class YearField extends AbstractSinglePropertyField<YearField, Integer>
        implements HasLabel, HasClearButton, HasSize {

    /** How long the field waits after the last key before it reports, as Vaadin's lazy fields do. */
    private static final int LAZY_MILLIS = 400;

    private final int min;
    private final int max;

    public YearField(String label, int min, int max, String outOfRange) {
        super("value", null, String.class, YearField::parse, (field, year) -> year == null ? "" : year.toString());
        this.min = min;
        this.max = max;
        setLabel(label);
        getElement().setProperty("min", min);
        getElement().setProperty("max", max);
        getElement().setProperty("errorMessage", outOfRange);
        setSynchronizedEvent(ValueChangeMode.eventForMode(ValueChangeMode.LAZY, "value-changed"));
        ValueChangeMode.applyChangeTimeout(ValueChangeMode.LAZY, LAZY_MILLIS, getSynchronizationRegistration());
        addValueChangeListener(change -> getElement().setProperty("invalid", isInvalid()));
    }

    /** True when the year typed is outside the bounds: a filter then keeps the last year that made sense. */
    public boolean isInvalid() {
        Integer year = getValue();
        return year != null && (year < min || year > max);
    }

    private static Integer parse(YearField field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException notAYear) {
            // Digits past an int's range: as out of range as a year can be.
            return typed.trim().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }
}
