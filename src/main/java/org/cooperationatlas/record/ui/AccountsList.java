package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.record.SourceAccounts;

/**
 * What the sources say, account by account: each source's figure with its period, qualifier and date, the ones
 * not counted again marked, and where two cannot both be true, a plain statement that they disagree. Shown on a
 * record's page and a country's page.
 */
public class AccountsList extends Composite<Div> {

    private final Measures measures;

    /** @param aboutRecord the record whose page it is; figures of other records name theirs (0 on a country's page) */
    public AccountsList(List<SourceAccounts.Account> accounts, Measures measures, long aboutRecord) {
        this.measures = measures;
        Locale locale = getLocale();
        Div content = getContent();
        if (accounts.isEmpty()) {
            content.add(new Paragraph(getTranslation("accounts.none")));
            return;
        }
        for (SourceAccounts.Account account : accounts) {
            H4 heading = new H4(measures.label(account.metric(), locale));
            heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
            UnorderedList figures = new UnorderedList();
            for (SourceAccounts.Testimony figure : account.testimonies()) {
                StringBuilder line = new StringBuilder(getTranslation(
                        "accounts.figure",
                        figure.publisher(),
                        DatePrecision.DAY.format(figure.published(), locale),
                        FigureText.amount(this, measures, figure.value(), figure.qualifier(), figure.unit()),
                        period(this, figure, locale)));
                if (figure.recordId() != aboutRecord) {
                    line.append(" · ").append(getTranslation("accounts.inRecord", figure.recordTitle()));
                }
                if (!figure.counted()) {
                    line.append(" · ").append(getTranslation("accounts.notCounted"));
                }
                figures.add(new ListItem(line.toString()));
            }
            Paragraph verdict = new Paragraph(account.disagreement()
                    .map(disagreement -> statement(this, measures, disagreement))
                    .orElseGet(() -> getTranslation("accounts.agree")));
            verdict.addClassNames(
                    LumoUtility.FontSize.SMALL,
                    account.disagreement().isPresent() ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
            content.add(heading, figures, verdict);
        }
    }

    private static String period(Component context, SourceAccounts.Testimony figure, Locale locale) {
        String period = DayRange.format(figure.from(), figure.to(), locale);
        return period.isEmpty() ? context.getTranslation("accounts.asOfPublication") : period;
    }

    /** "One body's figure for January 2014 – November 2016 is N; another's for 2014 – 2016, four months later, M." */
    public static String statement(Component context, Measures measures, SourceAccounts.Disagreement disagreement) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        SourceAccounts.Testimony earlier = disagreement.earlier();
        SourceAccounts.Testimony later = disagreement.later();
        long months = ChronoUnit.MONTHS.between(
                earlier.published().withDayOfMonth(1), later.published().withDayOfMonth(1));
        return context.getTranslation(
                "accounts.disagree",
                earlier.publisher(),
                period(context, earlier, locale),
                FigureText.amount(context, measures, earlier.value(), earlier.qualifier(), earlier.unit()),
                later.publisher(),
                period(context, later, locale),
                context.getTranslation("accounts.later", months),
                FigureText.amount(context, measures, later.value(), later.qualifier(), later.unit()));
    }
}
