package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.YearMonth;
import java.util.List;
import org.cooperationatlas.base.ui.ChoiceBox;
import org.cooperationatlas.base.ui.ChoiceField;
import org.cooperationatlas.base.ui.MonthText;

/**
 * What the countries map shows: its measure, and for the personnel measures a slider over the months the atlas
 * holds statistics for. Reports a change of either.
 */
class MapControls extends Composite<FlexLayout> {

    final ChoiceBox<MapMeasure> measure;
    final Input slider = new Input(ValueChangeMode.ON_CHANGE);
    final NativeLabel monthLabel = new NativeLabel();
    private final Div monthPicker;
    private List<YearMonth> months = List.of();
    private boolean showing;

    MapControls(SerializableBiConsumer<MapMeasure, YearMonth> onChange) {
        measure = ChoiceField.required(
                getTranslation("countries.measure"),
                List.of(MapMeasure.values()),
                value -> getTranslation(value.messageKey()));
        slider.setType("range");
        slider.setId("atlas-map-month");
        slider.getElement().setAttribute("min", "0").setAttribute("step", "1");
        slider.getElement().setAttribute("aria-label", getTranslation("countries.month"));
        monthLabel.setFor(slider);
        monthLabel.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        monthPicker = new Div(new NativeLabel(getTranslation("countries.month")), slider, monthLabel);
        monthPicker.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        measure.addValueChangeListener(change -> report(onChange));
        slider.addValueChangeListener(change -> {
            monthLabel.setText(
                    month() == null ? "" : MonthText.of(month(), UI.getCurrent().getLocale()));
            report(onChange);
        });
        FlexLayout row = getContent();
        row.add(measure, monthPicker);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
    }

    /** Shows a measure and month (from the address) without reporting them back. */
    void show(MapMeasure shown, YearMonth month, List<YearMonth> held) {
        showing = true;
        try {
            months = held;
            measure.setValue(shown);
            boolean personnel = shown != MapMeasure.RECORDS && !held.isEmpty();
            monthPicker.setVisible(personnel);
            slider.getElement().setAttribute("max", String.valueOf(Math.max(0, held.size() - 1)));
            int index = month == null ? held.size() - 1 : Math.max(0, held.indexOf(month));
            slider.setValue(String.valueOf(Math.max(0, index)));
            monthLabel.setText(
                    month() == null ? "" : MonthText.of(month(), UI.getCurrent().getLocale()));
        } finally {
            showing = false;
        }
    }

    /** The month the slider stands on, or null while the atlas holds no statistics. */
    YearMonth month() {
        if (months.isEmpty()) {
            return null;
        }
        try {
            int index = Integer.parseInt(slider.getValue());
            return months.get(Math.min(months.size() - 1, Math.max(0, index)));
        } catch (NumberFormatException notANumber) {
            return months.get(months.size() - 1);
        }
    }

    private void report(SerializableBiConsumer<MapMeasure, YearMonth> onChange) {
        if (!showing && measure.getValue() != null) {
            onChange.accept(measure.getValue(), month());
        }
    }
}
