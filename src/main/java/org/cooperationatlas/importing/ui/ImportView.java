package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cooperationatlas.base.ui.BackgroundTasks;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.country.ui.CountryNamesView;
import org.cooperationatlas.dashboard.ui.DashboardView;
import org.cooperationatlas.importing.ColumnMapping;
import org.cooperationatlas.importing.CsvFileException;
import org.cooperationatlas.importing.ImportKind;
import org.cooperationatlas.importing.ImportPlan;
import org.cooperationatlas.importing.ImportProgress;
import org.cooperationatlas.importing.ImportService;
import org.cooperationatlas.importing.ImportStoppedException;
import org.cooperationatlas.importing.ImportSummary;
import org.cooperationatlas.importing.Layout;
import org.cooperationatlas.importing.MappingSuggestions;
import org.cooperationatlas.importing.SavedMapping;
import org.cooperationatlas.importing.UploadedCsv;
import org.cooperationatlas.importing.report.ReportFile;
import org.cooperationatlas.importing.report.ReportImportService;
import org.cooperationatlas.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import for administrators: upload a CSV file, say what it holds and which column fills what, check it
 * (a dry run that lists every problem by line), then import the accepted rows in one go, with progress.
 */
@Route("admin/import")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 8, icon = "vaadin:upload", title = "menu.import")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final CountryService countries;
    private final BackgroundTasks background;
    private final ReportImportService reportImports;
    final ReportsStep reports;

    final Upload upload;
    final Paragraph fileMessage = new Paragraph();
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final RadioButtonGroup<Layout> layout = new RadioButtonGroup<>();
    final Select<SavedMapping> savedMappings = new Select<>();
    final TextField mappingName = new TextField();
    final Button saveMapping = new Button();
    final ColumnMappingGrid mappingGrid = new ColumnMappingGrid();
    final Button check = new Button();
    final ImportReport report = new ImportReport();
    final CommitBar commitBar = new CommitBar(this::commit);
    final Button commit = commitBar.commit;
    final Paragraph outcome = new Paragraph();
    private final VerticalLayout mappingStep = new VerticalLayout();

    private UploadedCsv file;
    private ImportPlan plan;
    CompletableFuture<?> running = CompletableFuture.completedFuture(null);

    public ImportView(
            ImportService imports,
            ReportImportService reportImports,
            CountryService countries,
            BackgroundTasks background) {
        this.imports = imports;
        this.reportImports = reportImports;
        this.background = background;
        this.countries = countries;
        this.reports = new ReportsStep(reportImports, background, this::chooseCountryForReports);
        upload = new Upload(new TemporaryFileUpload(imports.maxFileBytes(), this::open, this::refuseSize));
        upload.setMaxFiles(TemporaryFileUpload.MOST_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileBytes()));
        upload.setAcceptedFileTypes(
                ".csv", "text/csv", ".txt", "text/plain", ".pdf", "application/pdf", ".zip", "application/zip");
        // Reports dropped together are checked together, once the last of them is in.
        upload.addAllFinishedListener(finished -> {
            if (!reports.isEmpty()) {
                reports.check();
            }
        });
        // The browser refuses a file over the limit before sending it; the event carries the file's size.
        upload.getElement()
                .addEventListener("file-reject", rejected -> {
                    long size = (long) rejected.getEventData()
                            .get("event.detail.file.size")
                            .asNumber();
                    if (size > imports.maxFileBytes()) {
                        refuseSize(size);
                    } else {
                        showFileError(getTranslation(
                                "import.file.rejected",
                                rejected.getEventData()
                                        .get("event.detail.error")
                                        .asString(),
                                UploadedCsv.megabytes(imports.maxFileBytes())));
                    }
                })
                .addEventData("event.detail.file.size")
                .addEventData("event.detail.error");
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        report.onTreatAsCountry(this::chooseCountryFor);
        addDetachListener(detach -> forgetFile());

        add(new ViewToolbar(
                getTranslation("import.title"),
                new RouterLink(getTranslation("import.countryNames"), CountryNamesView.class)));
        add(ImportReport.hint(getTranslation("import.intro")), upload, fileMessage);
        buildMappingStep();
        add(mappingStep, report, commitBar, outcome, reports);
        addClassNames(LumoUtility.Padding.MEDIUM);
        setMaxWidth("80em");
    }

    private void buildMappingStep() {
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                suggestMapping();
            }
        });
        layout.setLabel(getTranslation("import.layout"));
        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        layout.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                suggestMapping();
            }
        });
        savedMappings.setLabel(getTranslation("import.mapping.saved"));
        savedMappings.setItemLabelGenerator(mapping -> mapping == null ? "" : mapping.getName());
        savedMappings.setEmptySelectionAllowed(true);
        savedMappings.setEmptySelectionCaption(getTranslation("import.mapping.suggested"));
        savedMappings.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && file != null) {
                ColumnMapping mapping = change.getValue().applyTo(file.headers());
                kind.setValue(mapping.kind());
                layout.setValue(mapping.layout());
                showMapping(mapping);
            }
        });
        mappingName.setLabel(getTranslation("import.mapping.name"));
        mappingName.setMaxLength(SavedMapping.NAME_MAX_LENGTH);
        saveMapping.setText(getTranslation("import.mapping.save"));
        saveMapping.addClickListener(click -> saveMapping());
        HorizontalLayout choices = new HorizontalLayout(kind, layout, savedMappings);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        HorizontalLayout save = new HorizontalLayout(mappingName, saveMapping);
        save.setAlignItems(FlexComponent.Alignment.BASELINE);
        check.setText(getTranslation("import.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> dryRun());
        H2 heading = new H2(getTranslation("import.mapping.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        mappingStep.add(heading, choices, mappingGrid, save, check);
        mappingStep.setPadding(false);
        mappingStep.setVisible(false);
    }

    // Runs in the upload's thread, outside the UI's lock: checking a large file end to end takes seconds, and
    // reading a report's PDF about a second.
    private Command open(String fileName, Path received) {
        if (ReportImportService.isReportFile(fileName)) {
            List<ReportFile> read = reportImports.read(fileName, received);
            return () -> reports.add(read);
        }
        try {
            UploadedCsv opened = imports.open(fileName, received);
            return () -> show(opened);
        } catch (CsvFileException e) {
            return () -> {
                forgetFile();
                clearAfterUpload();
                showFileError(getTranslation(e.messageKey(), e.arguments()));
            };
        }
    }

    private void refuseSize(long size) {
        forgetFile();
        clearAfterUpload();
        showFileError(getTranslation(
                "import.file.tooLarge", UploadedCsv.megabytes(size), UploadedCsv.megabytes(imports.maxFileBytes())));
    }

    private void show(UploadedCsv opened) {
        forgetFile();
        clearAfterUpload();
        file = opened;
        fileMessage.setText(getTranslation(
                "import.file.read",
                file.fileName(),
                file.rowCount(),
                file.headers().size(),
                separatorName(file.separator())));
        fileMessage.removeClassName(LumoUtility.TextColor.ERROR);
        kind.setValue(MappingSuggestions.guessKind(file.headers()));
        layout.setValue(MappingSuggestions.guessLayout(file.headers()));
        suggestMapping();
        mappingStep.setVisible(true);
    }

    private void clearAfterUpload() {
        plan = null;
        report.setVisible(false);
        commit.setVisible(false);
        outcome.setText("");
        mappingStep.setVisible(false);
    }

    private void showFileError(String message) {
        fileMessage.setText(message);
        fileMessage.addClassName(LumoUtility.TextColor.ERROR);
        mappingStep.setVisible(false);
    }

    private void suggestMapping() {
        layout.setVisible(kind.getValue() == ImportKind.CONTRIBUTIONS);
        Layout chosen = kind.getValue() == ImportKind.CONTRIBUTIONS ? layout.getValue() : Layout.LONG;
        showMapping(imports.suggest(file, kind.getValue(), chosen));
        savedMappings.setItems(imports.savedMappings(kind.getValue()));
    }

    private void showMapping(ColumnMapping mapping) {
        layout.setVisible(mapping.kind() == ImportKind.CONTRIBUTIONS);
        mappingGrid.show(file, mapping);
        report.setVisible(false);
        commit.setVisible(false);
    }

    private void saveMapping() {
        if (mappingName.getValue().isBlank()) {
            mappingName.setInvalid(true);
            mappingName.setErrorMessage(getTranslation("import.mapping.nameRequired"));
            return;
        }
        mappingName.setInvalid(false);
        SavedMapping saved = imports.saveMapping(mappingName.getValue(), file.headers(), mappingGrid.mapping());
        savedMappings.setItems(imports.savedMappings(kind.getValue()));
        Notifications.success(getTranslation("import.mapping.saved.done", saved.getName()));
    }

    private void dryRun() {
        ColumnMapping mapping = mappingGrid.mapping();
        UploadedCsv checked = file;
        setBusy(true);
        outcome.setText(getTranslation("import.checking"));
        running = background.run(
                UI.getCurrent(),
                () -> imports.dryRun(checked, mapping),
                result -> {
                    setBusy(false);
                    outcome.setText("");
                    plan = result;
                    report.show(result);
                    commit.setText(getTranslation("import.commit", result.workToDo()));
                    commit.setVisible(true);
                    commit.setEnabled(result.canCommit());
                },
                this::failed);
    }

    private void commit() {
        ImportPlan committed = plan;
        setBusy(true);
        UI ui = UI.getCurrent();
        ImportProgress listener = commitBar.started(ui);
        UploadedCsv source = file;
        running = background.run(ui, () -> imports.commit(source, committed, listener), this::committed, this::failed);
    }

    private void committed(ImportSummary summary) {
        forgetFile();
        mappingStep.setVisible(false);
        setBusy(false);
        commitBar.finished();
        commit.setEnabled(false);
        plan = null;
        outcome.setText(getTranslation("import.done", summary.created(), summary.updated(), summary.unchanged()));
        outcome.removeClassName(LumoUtility.TextColor.ERROR);
        Notifications.success(getTranslation("import.done", summary.created(), summary.updated(), summary.unchanged()));
        RouterLink dashboard = new RouterLink(getTranslation("import.seeDashboard"), DashboardView.class);
        dashboard.addClassNames(LumoUtility.Margin.Left.SMALL);
        outcome.add(dashboard);
    }

    private void failed(Throwable failure) {
        setBusy(false);
        commitBar.finished();
        String message = failure instanceof ImportStoppedException
                ? getTranslation("import.stopped")
                : getTranslation("import.failed");
        outcome.setText(message);
        outcome.addClassName(LumoUtility.TextColor.ERROR);
        if (!(failure instanceof ImportStoppedException)) {
            LOG.warn("Import failed", failure);
            Notifications.error(message);
        }
    }

    private void chooseCountryForReports(String name) {
        new CountryChoiceDialog(name, countries.all(), iso2 -> {
                    imports.treatAsCountry(name, iso2, getTranslation("import.reports.title"));
                    Notifications.success(getTranslation("import.treatAs.done", name));
                    reports.check();
                })
                .open();
    }

    private void chooseCountryFor(String name) {
        if (file == null) {
            return;
        }
        new CountryChoiceDialog(name, countries.all(), iso2 -> {
                    imports.treatAsCountry(name, iso2, file.fileName());
                    Notifications.success(getTranslation("import.treatAs.done", name));
                    dryRun();
                })
                .open();
    }

    // The uploaded file lives on the disk only while this page works with it; a check or import still reading
    // it deletes it when done.
    private void forgetFile() {
        if (file != null) {
            UploadedCsv done = file;
            file = null;
            running.whenComplete((result, failure) -> done.delete());
        }
    }

    private void setBusy(boolean busy) {
        check.setEnabled(!busy);
        commit.setEnabled(!busy && plan != null && plan.canCommit());
        upload.setEnabled(!busy);
        mappingGrid.setEnabled(!busy);
    }

    private String separatorName(char separator) {
        return getTranslation(
                switch (separator) {
                    case ';' -> "import.separator.semicolon";
                    case '\t' -> "import.separator.tab";
                    default -> "import.separator.comma";
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
