package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.record.Metric;
import org.cooperationatlas.record.Unit;

/** Writes a figure as a reader says it: "more than 90 countries and regions", "约 8,990,000,000 元人民币". */
public final class FigureText {

    private FigureText() {}

    public static String amount(Component context, BigDecimal value, Qualifier qualifier, Unit unit) {
        String number =
                NumberFormat.getNumberInstance(UI.getCurrent().getLocale()).format(value);
        String withUnit = context.getTranslation(unit.messageKey() + ".value", number);
        return context.getTranslation(qualifier.messageKey() + ".value", withUnit);
    }

    public static String headline(Component context, Metric metric, BigDecimal value, Qualifier qualifier, Unit unit) {
        return context.getTranslation(
                "figure.headline",
                context.getTranslation(metric.messageKey()),
                amount(context, value, qualifier, unit));
    }
}
