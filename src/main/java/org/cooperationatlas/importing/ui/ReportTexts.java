package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.cooperationatlas.base.ui.MonthText;
import org.cooperationatlas.importing.report.ReportPlan;
import org.cooperationatlas.importing.report.ReportProblem;
import org.cooperationatlas.peacekeeping.MonthChanges;

/** What a report's dry run says, in the reader's language: its month, totals, changes, status and problems. */
final class ReportTexts {

    private ReportTexts() {}

    private static java.util.Locale locale(Component context) {
        return context.getUI().map(UI::getLocale).orElse(java.util.Locale.ENGLISH);
    }

    static String month(Component context, YearMonth month) {
        if (month == null) {
            return context.getTranslation("import.reports.noMonth");
        }
        return MonthText.of(month, locale(context));
    }

    /** The month and where it was read: from the report's title or rows, from the file's date, or chosen. */
    static String monthRead(Component context, ReportPlan plan) {
        String month = month(context, plan.month());
        if (plan.month() == null) {
            return month;
        }
        String source =
                plan.monthSource() == null ? "CHOSEN" : plan.monthSource().name();
        return context.getTranslation("import.reports.monthFrom." + source, month);
    }

    static String holds(Component context, ReportPlan plan) {
        if (plan.status() == ReportPlan.Status.UNREADABLE || plan.month() == null) {
            return "";
        }
        return context.getTranslation(
                plan.namesMissions() ? "import.reports.holds" : "import.reports.holdsWithoutMissions",
                plan.lines(),
                plan.people());
    }

    static String totals(Component context, ReportPlan plan) {
        if (plan.status() == ReportPlan.Status.UNREADABLE || plan.month() == null) {
            return "";
        }
        if (plan.totalsChecked() == 0) {
            return context.getTranslation("import.reports.noTotals");
        }
        return plan.everyTotalAgrees()
                ? context.getTranslation("import.reports.everyTotalAgrees", plan.totalsChecked())
                : context.getTranslation(
                        "import.reports.totalsDisagree", plan.totalsDisagreeing(), plan.totalsChecked());
    }

    static String changes(Component context, ReportPlan plan) {
        MonthChanges changes = plan.changes();
        if (changes == null) {
            return "";
        }
        String held = !changes.held()
                ? context.getTranslation("import.reports.notHeld")
                : changes.changesAnything()
                        ? context.getTranslation(
                                "import.reports.held", changes.heldPerMission() + changes.heldPerCountry())
                        : context.getTranslation("import.reports.heldAsIs");
        if (!changes.changesAnything()) {
            return held;
        }
        return held + " "
                + context.getTranslation(
                        "import.reports.wouldChange",
                        changes.created(),
                        changes.updated(),
                        changes.unchanged(),
                        changes.removed());
    }

    static String status(Component context, ReportPlan plan) {
        String text =
                context.getTranslation("import.reports.status." + plan.status().name());
        if (plan.status() == ReportPlan.Status.UNREADABLE) {
            return text + ": " + context.getTranslation(plan.failureKey());
        }
        if (plan.sameAs() != null) {
            return context.getTranslation(
                    "import.reports.status." + plan.status().name(), plan.sameAs());
        }
        return text;
    }

    static String problem(Component context, ReportProblem problem) {
        Object[] arguments = problem.arguments().stream()
                .map(argument -> translated(context, argument))
                .toArray();
        String text = context.getTranslation(problem.messageKey(), arguments);
        String page = problem.page() > 0 ? context.getTranslation("import.reports.onPage", problem.page()) + " " : "";
        return page + text;
    }

    // An argument that names a message ("import.report.count.MALE", a type and a count joined by "|") is said.
    private static Object translated(Component context, Object argument) {
        if (argument instanceof java.time.LocalDate date) {
            return day(context, date);
        }
        if (argument instanceof YearMonth yearMonth) {
            return month(context, yearMonth);
        }
        if (!(argument instanceof String text) || !(text.startsWith("import.") || text.startsWith("personnelType."))) {
            return argument;
        }
        return Arrays.stream(text.split("\\|")).map(context::getTranslation).collect(Collectors.joining(", "));
    }

    static String day(Component context, java.time.LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale(context))
                .format(day);
    }
}
