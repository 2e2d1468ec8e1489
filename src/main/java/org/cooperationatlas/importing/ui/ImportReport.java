package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.importing.ImportPlan;
import org.cooperationatlas.importing.ImportProblem;
import org.cooperationatlas.importing.ImportSummary;

/** A dry run's outcome: what the import would do, and every problem with its line and column. */
class ImportReport extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    private ImportPlan plan;
    private SerializableConsumer<String> treatAsCountry = name -> {};

    ImportReport() {
        problems.addColumn(problem -> problem.line() == 0 ? getTranslation("import.report.wholeFile") : problem.line())
                .setHeader(getTranslation("import.report.line"))
                .setKey("line")
                .setWidth("7em")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::column)
                .setHeader(getTranslation("import.report.column"))
                .setKey("column")
                .setAutoWidth(true);
        problems.addColumn(this::describe)
                .setHeader(getTranslation("import.report.problem"))
                .setKey("problem")
                .setFlexGrow(1);
        problems.addColumn(problem -> problem.people() == null ? "" : problem.people())
                .setHeader(getTranslation("import.report.people"))
                .setKey("people")
                .setWidth("7em")
                .setFlexGrow(0);
        problems.addComponentColumn(this::fix).setKey("fix").setAutoWidth(true).setFlexGrow(0);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setHeight("20em");
        summary.addClassNames(LumoUtility.Margin.NONE);
        CsvDownload download = new CsvDownload("import-problems.csv", this::problemsTable);
        add(summary, download, problems);
        setPadding(false);
        setVisible(false);
    }

    void onTreatAsCountry(SerializableConsumer<String> listener) {
        treatAsCountry = listener;
    }

    // An unknown country is fixed once for every line that names it: by saying which country the name means.
    private Component fix(ImportProblem problem) {
        String name = problem.unknownCountry();
        if (name == null) {
            return new Span();
        }
        Button treat = new Button(getTranslation("import.treatAs", name), click -> treatAsCountry.accept(name));
        treat.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return treat;
    }

    void show(ImportPlan plan) {
        this.plan = plan;
        summary.setText(describe(plan.summary()));
        problems.setItems(plan.problems());
        problems.setVisible(!plan.problems().isEmpty());
        setVisible(true);
    }

    String describe(ImportSummary summary) {
        String text = getTranslation(
                "import.report.summary",
                summary.rowsRead(),
                summary.rowsWithProblems(),
                summary.created(),
                summary.updated(),
                summary.unchanged());
        if (!summary.newMissions().isEmpty()) {
            text += " " + getTranslation("import.report.newMissions", String.join(", ", summary.newMissions()));
        }
        if (summary.newSources() > 0) {
            text += " " + getTranslation("import.report.newSources", summary.newSources());
        }
        if (summary.countsPeople()) {
            text += " "
                    + getTranslation(
                            "import.report.people.summary",
                            summary.peopleInFile(),
                            summary.peopleAccepted(),
                            summary.peopleLeftOut());
        }
        return text;
    }

    String describe(ImportProblem problem) {
        Object[] arguments = problem.arguments().stream()
                .map(argument -> argument instanceof String key && key.startsWith("import.field.")
                        ? getTranslation(key)
                        : argument)
                .toArray();
        String text = getTranslation(problem.messageKey(), arguments);
        return problem.note() ? getTranslation("import.report.note", text) : text;
    }

    private CsvTable problemsTable() {
        List<List<String>> rows = plan == null
                ? List.of()
                : plan.problems().stream()
                        .map(problem -> List.of(
                                String.valueOf(problem.line()),
                                problem.column(),
                                describe(problem),
                                problem.people() == null ? "" : String.valueOf(problem.people())))
                        .toList();
        return new CsvTable(
                getTranslation("import.report.title", plan == null ? "" : plan.fileName()),
                List.of(plan == null ? "" : describe(plan.summary())),
                List.of(
                        getTranslation("import.report.line"), getTranslation("import.report.column"),
                        getTranslation("import.report.problem"), getTranslation("import.report.people")),
                rows);
    }

    static Span hint(String text) {
        Span hint = new Span(text);
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return hint;
    }
}
