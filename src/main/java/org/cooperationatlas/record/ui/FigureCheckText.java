package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.record.FigureCheck;

/**
 * A figure's check as a sentence: "August 2017: rank 1 among the five permanent members by troops (China 2,447,
 * France 813, …). Agrees."
 */
final class FigureCheckText {

    private FigureCheckText() {}

    static String of(Component context, FigureCheck check, Locale locale, Function<String, String> countryName) {
        String outcome = context.getTranslation(check.outcome().messageKey());
        if (check.outcome() == FigureCheck.Outcome.NO_STATISTICS) {
            return outcome;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        String measure = context.getTranslation(check.measureKey(), numbers.format(check.value()));
        String month = MonthText.of(check.month(), locale);
        if (check.parts().isEmpty()) {
            return context.getTranslation("figureCheck.summary", month, measure, outcome);
        }
        String parts = check.parts().stream()
                .map(part -> countryName.apply(part.iso2()) + " " + numbers.format(part.value()))
                .collect(Collectors.joining(context.getTranslation("figureCheck.separator")));
        return context.getTranslation("figureCheck.summary.parts", month, measure, parts, outcome);
    }
}
