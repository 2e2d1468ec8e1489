package org.cooperationatlas.peacekeeping.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.peacekeeping.MonthReport;

/**
 * Where the UN's statistics a chart shows come from, in one line: the UN's monthly reports the atlas holds, from the
 * first month to the last, and how many months between them have no report (gaps, not zeros).
 */
public final class StatisticsSource {

    private StatisticsSource() {}

    public static String describe(Component context, List<MonthReport> reports, long gaps) {
        String source = reports.isEmpty()
                ? context.getTranslation("dashboard.chart.peacekeeping.source")
                : context.getTranslation(
                        "peacekeeping.source.reports",
                        context.getTranslation("peacekeeping.publisher"),
                        MonthText.of(reports.get(0).month(), locale(context)),
                        MonthText.of(reports.get(reports.size() - 1).month(), locale(context)),
                        reports.size());
        return gaps == 0 ? source : source + " " + context.getTranslation("peacekeeping.source.gaps", gaps);
    }

    private static Locale locale(Component context) {
        return context.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
    }
}
