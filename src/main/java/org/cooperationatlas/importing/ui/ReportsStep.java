package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.cooperationatlas.base.ui.BackgroundTasks;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.dashboard.ui.DashboardView;
import org.cooperationatlas.importing.ImportProgress;
import org.cooperationatlas.importing.ImportStoppedException;
import org.cooperationatlas.importing.report.ReportChoices;
import org.cooperationatlas.importing.report.ReportFile;
import org.cooperationatlas.importing.report.ReportImportService;
import org.cooperationatlas.importing.report.ReportImportSummary;
import org.cooperationatlas.importing.report.ReportPlan;
import org.cooperationatlas.importing.report.ReportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UN's monthly reports dropped for import, checked as a batch: for each, the month it is of and how that was
 * read, what it holds, how it holds up against the totals it prints, what importing it would change, and its
 * problems, each to be confirmed (or its country named) before the report can be imported. Then every report that
 * is ready is imported in one go.
 */
class ReportsStep extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsStep.class);

    private final ReportImportService reports;
    private final BackgroundTasks background;
    private final SerializableConsumer<String> treatAsCountry;

    final Paragraph summary = new Paragraph();
    final Grid<ReportPlan> grid = new Grid<>();
    final CommitBar commitBar = new CommitBar(this::commit);
    final Paragraph outcome = new Paragraph();

    private final List<ReportFile> files = new ArrayList<>();
    private final Map<String, YearMonth> months = new HashMap<>();
    private final Map<String, Set<String>> confirmed = new HashMap<>();
    private List<ReportPlan> plans = List.of();
    private boolean checkAgain;
    CompletableFuture<?> running = CompletableFuture.completedFuture(null);

    ReportsStep(ReportImportService reports, BackgroundTasks background, SerializableConsumer<String> treatAsCountry) {
        this.reports = reports;
        this.background = background;
        this.treatAsCountry = treatAsCountry;
        H2 heading = new H2(getTranslation("import.reports.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        grid.addComponentColumn(plan -> lines(plan.fileName(), plan.title()))
                .setHeader(getTranslation("import.reports.report"))
                .setKey("report")
                .setFlexGrow(2);
        grid.addComponentColumn(plan -> lines(ReportTexts.monthRead(this, plan)))
                .setHeader(getTranslation("import.reports.month"))
                .setKey("month")
                .setFlexGrow(1);
        grid.addComponentColumn(plan -> lines(
                        ReportTexts.holds(this, plan), ReportTexts.totals(this, plan), ReportTexts.changes(this, plan)))
                .setHeader(getTranslation("import.reports.check"))
                .setKey("check")
                .setFlexGrow(3);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("import.reports.status"))
                .setKey("status")
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(heading, ImportReport.hint(getTranslation("import.reports.intro")), summary, grid, commitBar, outcome);
        setPadding(false);
        setVisible(false);
    }

    /** Adds files read from an upload to the batch; the batch is checked once the uploads in progress are in. */
    void add(List<ReportFile> read) {
        List<String> taken = new ArrayList<>(names());
        read.forEach(file -> files.add(file.named(ReportImportService.unique(file.fileName(), taken))));
        outcome.setText("");
        setVisible(true);
    }

    /** The names the batch's files are shown by, so that a new file gets one of its own. */
    List<String> names() {
        return files.stream().map(ReportFile::fileName).toList();
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Checks the whole batch again, in the background: after an upload, a confirmation, a month chosen. */
    void check() {
        if (!running.isDone()) {
            checkAgain = true;
            return;
        }
        List<ReportFile> batch = List.copyOf(files);
        ReportChoices choices = choices();
        summary.setText(getTranslation("import.reports.checking", batch.size()));
        commitBar.commit.setEnabled(false);
        running = background.run(UI.getCurrent(), () -> reports.check(batch, choices), this::show, this::failed);
    }

    private ReportChoices choices() {
        Map<String, Set<String>> copied = new HashMap<>();
        confirmed.forEach((file, keys) -> copied.put(file, Set.copyOf(keys)));
        return new ReportChoices(months, copied);
    }

    private void show(List<ReportPlan> checked) {
        plans = checked;
        grid.setItems(plans);
        plans.stream()
                .filter(plan -> !plan.problems().isEmpty() || plan.status() == ReportPlan.Status.NO_MONTH)
                .forEach(plan -> grid.setDetailsVisible(plan, true));
        Map<ReportPlan.Status, Long> byStatus =
                plans.stream().collect(Collectors.groupingBy(ReportPlan::status, Collectors.counting()));
        summary.setText(getTranslation(
                "import.reports.summary",
                plans.size(),
                byStatus.getOrDefault(ReportPlan.Status.READY, 0L),
                byStatus.getOrDefault(ReportPlan.Status.UNCHANGED, 0L)
                        + byStatus.getOrDefault(ReportPlan.Status.COPY, 0L),
                plans.size()
                        - byStatus.getOrDefault(ReportPlan.Status.READY, 0L)
                        - byStatus.getOrDefault(ReportPlan.Status.UNCHANGED, 0L)
                        - byStatus.getOrDefault(ReportPlan.Status.COPY, 0L)));
        List<ReportPlan> ready = plans.stream().filter(ReportPlan::ready).toList();
        commitBar.commit.setText(getTranslation(
                "import.reports.commit",
                ready.size(),
                ready.stream().mapToInt(ReportPlan::lines).sum()));
        commitBar.commit.setVisible(true);
        commitBar.commit.setEnabled(!ready.isEmpty());
        if (checkAgain) {
            checkAgain = false;
            check();
        }
    }

    // The first line as it is, the others smaller, each on a line of its own.
    private static Component lines(String first, String... more) {
        Div cell = new Div(new Span(first));
        for (String text : more) {
            if (!text.isEmpty()) {
                Span line = new Span(text);
                line.addClassNames(
                        LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                cell.add(line);
            }
        }
        return cell;
    }

    private Component status(ReportPlan plan) {
        Span badge = new Span(ReportTexts.status(this, plan));
        String theme = switch (plan.status()) {
            case READY -> "badge success";
            case UNCHANGED, COPY -> "badge contrast";
            default -> "badge error";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    // The report's month (to choose or change), its problems to confirm one by one, and its notes.
    private Component details(ReportPlan plan) {
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        details.setSpacing(false);
        if (plan.status() != ReportPlan.Status.UNREADABLE) {
            details.add(monthChoice(plan));
        }
        for (ReportProblem problem : plan.problems()) {
            details.add(problemLine(plan, problem));
        }
        Button remove = new Button(getTranslation("import.reports.remove"), click -> remove(plan));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        details.add(remove);
        return details;
    }

    private Component monthChoice(ReportPlan plan) {
        TextField month = new TextField(getTranslation("import.reports.monthField"));
        month.setPlaceholder("2019-10");
        month.setPattern("\\d{4}-\\d{2}");
        month.setValue(plan.month() == null ? "" : plan.month().toString());
        month.setHelperText(getTranslation("import.reports.monthHelp"));
        Button apply = new Button(getTranslation("import.reports.monthApply"), click -> {
            try {
                months.put(plan.fileName(), YearMonth.parse(month.getValue().strip()));
                month.setInvalid(false);
                check();
            } catch (DateTimeParseException notAMonth) {
                month.setInvalid(true);
                month.setErrorMessage(getTranslation("import.reports.monthInvalid"));
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout line = new HorizontalLayout(month, apply);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private Component problemLine(ReportPlan plan, ReportProblem problem) {
        String text = ReportTexts.problem(this, problem);
        if (problem.note()) {
            Span note = new Span(getTranslation("import.report.note", text));
            note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            return note;
        }
        Set<String> keys = confirmed.computeIfAbsent(plan.fileName(), file -> new HashSet<>());
        Checkbox confirm = new Checkbox(text, keys.contains(problem.key()));
        confirm.addValueChangeListener(change -> {
            if (change.getValue()) {
                keys.add(problem.key());
            } else {
                keys.remove(problem.key());
            }
            check();
        });
        Div line = new Div(confirm);
        if (problem.unknownCountry() != null) {
            Button treat = new Button(
                    getTranslation("import.treatAs", problem.unknownCountry()),
                    click -> treatAsCountry.accept(problem.unknownCountry()));
            treat.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(treat);
        }
        return line;
    }

    private void remove(ReportPlan plan) {
        files.removeIf(file -> file.fileName().equals(plan.fileName()));
        months.remove(plan.fileName());
        confirmed.remove(plan.fileName());
        if (files.isEmpty()) {
            plans = List.of();
            setVisible(false);
            return;
        }
        check();
    }

    private void commit() {
        List<ReportFile> batch = List.copyOf(files);
        ReportChoices choices = choices();
        UI ui = UI.getCurrent();
        commitBar.commit.setEnabled(false);
        grid.setEnabled(false);
        ImportProgress progress = commitBar.started(ui);
        running = background.run(ui, () -> reports.commit(batch, choices, progress), this::committed, this::failed);
    }

    private void committed(ReportImportSummary done) {
        commitBar.finished();
        grid.setEnabled(true);
        String text = getTranslation(
                "import.reports.done",
                done.months().size(),
                String.join(
                        ", ",
                        done.months().stream()
                                .map(month -> ReportTexts.month(this, month))
                                .toList()),
                done.created(),
                done.updated(),
                done.removed());
        outcome.setText(text);
        outcome.removeClassName(LumoUtility.TextColor.ERROR);
        RouterLink dashboard = new RouterLink(getTranslation("import.seeDashboard"), DashboardView.class);
        dashboard.addClassNames(LumoUtility.Margin.Left.SMALL);
        outcome.add(dashboard);
        Notifications.success(text);
        check();
    }

    private void failed(Throwable failure) {
        commitBar.finished();
        grid.setEnabled(true);
        boolean stopped = failure instanceof ImportStoppedException;
        String message = getTranslation(stopped ? "import.stopped" : "import.failed");
        outcome.setText(message);
        outcome.addClassName(LumoUtility.TextColor.ERROR);
        if (!stopped) {
            LOG.warn("Import of reports failed", failure);
            Notifications.error(message);
        }
        commitBar.commit.setEnabled(plans.stream().anyMatch(ReportPlan::ready));
    }
}
