package org.cooperationatlas.measure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.measure.Measures;

/**
 * Writes a figure as a reader says it: "more than 90 countries and regions", "约 8,990,000,000 元人民币", "40 %",
 * with the unit's own way of writing a value in the reader's language.
 */
public final class FigureText {

    private FigureText() {}

    public static String amount(
            Component context, Measures measures, BigDecimal value, Qualifier qualifier, Unit unit) {
        Locale locale = locale();
        String number = NumberFormat.getNumberInstance(locale).format(value);
        String withUnit = measures.value(unit, number, locale);
        return context.getTranslation(qualifier.messageKey() + ".value", withUnit);
    }

    public static String headline(
            Component context, Measures measures, Metric metric, BigDecimal value, Qualifier qualifier, Unit unit) {
        return context.getTranslation(
                "figure.headline", measures.label(metric, locale()), amount(context, measures, value, qualifier, unit));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
