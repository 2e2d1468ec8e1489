package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.FigureChecks;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordHistory;
import org.cooperationatlas.record.RecordLinks;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.security.ReadAccess;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Shows one record with everything it holds, and saves it whole or not at all. */
@Route("records/:recordId")
@AnonymousAllowed
public class RecordFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "recordId";
    static final String NEW = "new";

    private final RecordService records;
    private final RecordHistory history;
    // The form is built for editors only; a reader gets the record as a document (RecordReading).
    RecordFields fields;
    PlaceEditor places;
    FigureEditor figures;
    private final CountryService countries;
    private final SourceService sources;
    private String title;
    final Button save = new Button();
    final Button delete = new Button();
    private CooperationRecord record;
    private final FigureChecks checks;
    private final MeasureService measures;
    private final RecordLinks links;
    private final RecordFinder finder;

    public RecordFormView(
            RecordService records,
            RecordLinks links,
            RecordFinder finder,
            RecordHistory history,
            CountryService countries,
            SourceService sources,
            FigureChecks checks,
            MeasureService measures) {
        this.measures = measures;
        this.links = links;
        this.finder = finder;
        this.records = records;
        this.checks = checks;
        this.history = history;
        this.countries = countries;
        this.sources = sources;
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        addClassNames(LumoUtility.Padding.MEDIUM);
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        if (NEW.equals(id)) {
            if (!ReadAccess.has(Role.EDITOR)) {
                event.forwardTo("login");
                return;
            }
            CooperationRecord proposed = ComponentUtil.getData(UI.getCurrent(), CooperationRecord.class);
            ComponentUtil.setData(UI.getCurrent(), CooperationRecord.class, null);
            edit(proposed != null ? proposed : new CooperationRecord());
            return;
        }
        Optional<CooperationRecord> found =
                id.matches("\\d{1,18}") ? records.get(Long.parseLong(id)) : Optional.empty();
        found.ifPresentOrElse(this::edit, this::showNotFound);
    }

    private void edit(CooperationRecord loaded) {
        record = loaded;
        title = record.getId() == null ? getTranslation("record.new") : record.getTitle();
        removeAll();
        Button back = new Button(
                getTranslation("action.backToList"),
                VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(RecordListView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        boolean editor = ReadAccess.has(Role.EDITOR);
        delete.setVisible(editor && record.getId() != null);
        save.setVisible(editor);
        ViewToolbar toolbar = new ViewToolbar(getPageTitle(), back, delete, save);
        toolbar.addClassName("sticky-toolbar");
        add(toolbar);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("record.tab.details"), editor ? form() : reading());
        if (record.getId() != null) {
            SourcesPanel sourcesPanel = new SourcesPanel(links, finder, measures.measures(), editor);
            Tab sourcesTab = tabs.add(getTranslation("record.tab.sources"), sourcesPanel);
            HistoryPanel historyPanel = new HistoryPanel(history, editor, this::restore);
            Tab historyTab = tabs.add(getTranslation("record.tab.history"), historyPanel);
            long id = record.getId();
            // Both are read when opened, not with the page: most readers never open them.
            tabs.addSelectedChangeListener(change -> {
                if (change.getSelectedTab() == historyTab) {
                    historyPanel.show(id);
                } else if (change.getSelectedTab() == sourcesTab) {
                    sourcesPanel.show(id);
                }
            });
        }
        tabs.setWidthFull();
        add(tabs);
        if (!editor) {
            // A reader's page keeps the record's id, not the record: the document is rendered from it.
            record = null;
        }
    }

    private VerticalLayout form() {
        if (fields == null) {
            fields = new RecordFields(countries, sources);
            places = new PlaceEditor(countries);
            figures = new FigureEditor(
                    countries,
                    sources,
                    measures,
                    () -> fields.sources.getValue().stream().findFirst().orElse(null),
                    checks);
        }
        VerticalLayout details = new VerticalLayout(
                section("record.section.details"),
                fields,
                section("record.section.places"),
                places,
                section("record.section.figures"),
                figures);
        details.setPadding(false);
        fields.read(record);
        places.setPlaces(record.getPlaces());
        figures.setFigures(record.getFigures());
        return details;
    }

    private RenderedHtml reading() {
        RenderedHtml document = new RenderedHtml("div");
        document.addClassName("atlas-record-reading");
        long id = record.getId();
        RecordReading reading = new RecordReading(this, checks, countries, measures.measures());
        document.render(
                reading.html(record), () -> records.get(id).map(reading::html).orElse(""));
        return document;
    }

    private void save() {
        boolean placesValid = places.validate();
        boolean figuresValid = figures.validate();
        if (!fields.writeIfValid(record) || !placesValid || !figuresValid) {
            Notifications.error(getTranslation("record.save.invalid"));
            return;
        }
        record.setPlaces(places.places());
        record.setFigures(figures.figures());
        keepNewSources();
        boolean isNew = record.getId() == null;
        try {
            CooperationRecord saved = records.save(record);
            Notifications.success(getTranslation("record.save.done"));
            if (isNew) {
                UI.getCurrent().navigate(RecordFormView.class, new RouteParameters(ID, String.valueOf(saved.getId())));
            } else {
                records.get(saved.getId()).ifPresent(this::edit);
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            showConflict();
        } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
            showBusy();
        } catch (ConstraintViolationException refused) {
            Notifications.error(refused.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .distinct()
                    .collect(Collectors.joining("; ")));
        }
    }

    // The reader's input stays in the fields; they decide whether to discard it for the other version.
    private void showConflict() {
        Button reload = new Button(getTranslation("record.conflict.reload"));
        Notification notification = Notifications.error(getTranslation("record.conflict"), reload);
        reload.addClickListener(click -> {
            notification.close();
            records.get(record.getId()).ifPresentOrElse(this::edit, this::showNotFound);
        });
    }

    private void restore(long revision) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("history.restore.title"));
        dialog.setText(getTranslation("history.restore.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("history.restore"));
        long seen = record.getVersion();
        dialog.addConfirmListener(confirmed -> {
            try {
                history.restore(record.getId(), revision, seen);
                Notifications.success(getTranslation("history.restore.done"));
                records.get(record.getId()).ifPresent(this::edit);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                showConflict();
            } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
                showBusy();
            }
        });
        dialog.open();
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("record.delete.title"));
        dialog.setText(getTranslation("record.delete.text", record.getTitle()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                records.delete(record.getId(), record.getVersion());
                Notifications.success(getTranslation("record.delete.done"));
                UI.getCurrent().navigate(RecordListView.class);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                showConflict();
            } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
                showBusy();
            }
        });
        dialog.open();
    }

    /**
     * Opens the form for a record proposed elsewhere (from an article), filled but not saved: the editor reviews
     * it and saves it, or leaves it. Its source may be new; it is recorded when the record is saved.
     */
    public static void openFilled(CooperationRecord proposed) {
        ComponentUtil.setData(UI.getCurrent(), CooperationRecord.class, proposed);
        UI.getCurrent().navigate(RecordFormView.class, new RouteParameters(ID, NEW));
    }

    // A source the form was given new (from an article) is recorded first, or the one the atlas has of the same
    // citation taken instead, so that the record and its figures cite a stored source.
    private void keepNewSources() {
        java.util.Map<Source, Source> stored = new java.util.HashMap<>();
        for (Source source : record.getSources()) {
            if (source.getId() == null) {
                stored.put(
                        source,
                        sources.findByCitation(source.getPublisher(), source.getTitle(), source.getPublishedOn())
                                .orElseGet(() -> sources.save(source)));
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        record.setSources(record.getSources().stream()
                .map(source -> stored.getOrDefault(source, source))
                .collect(Collectors.toSet()));
        record.getFigures()
                .forEach(figure -> figure.setSource(stored.getOrDefault(figure.getSource(), figure.getSource())));
    }

    // A long import holds the write lock; the reader's input stays in the form for a second try.
    private void showBusy() {
        Notifications.error(getTranslation("record.busy"));
    }

    private void showNotFound() {
        record = null;
        title = null;
        removeAll();
        add(
                new ViewToolbar(getTranslation("record.notFound.title")),
                new Paragraph(getTranslation("record.notFound.text")),
                new RouterLink(getTranslation("action.backToList"), RecordListView.class));
    }

    private H2 section(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("record.notFound.title") : title;
    }
}
