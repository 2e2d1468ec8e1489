package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import org.cooperationatlas.importing.ColumnMapping;
import org.cooperationatlas.importing.ColumnTarget;
import org.cooperationatlas.importing.Gender;
import org.cooperationatlas.importing.ImportField;
import org.cooperationatlas.importing.ImportKind;
import org.cooperationatlas.importing.Layout;
import org.cooperationatlas.importing.UploadedCsv;
import org.cooperationatlas.peacekeeping.PersonnelType;

/** One row per column of the file: its header, a few of its values, and the field it fills, to choose. */
class ColumnMappingGrid extends Composite<Grid<ColumnMappingGrid.FileColumn>> implements HasEnabled {

    private final List<FileColumn> columns = new ArrayList<>();
    private ImportKind kind = ImportKind.CONTRIBUTIONS;
    private Layout layout = Layout.LONG;

    ColumnMappingGrid() {
        Grid<FileColumn> grid = getContent();
        grid.addColumn(FileColumn::header)
                .setHeader(getTranslation("import.mapping.column"))
                .setKey("header")
                .setAutoWidth(true);
        grid.addColumn(column -> String.join(" · ", column.samples()))
                .setHeader(getTranslation("import.mapping.samples"))
                .setKey("samples")
                .setFlexGrow(1);
        grid.addComponentColumn(this::targetBox)
                .setHeader(getTranslation("import.mapping.fills"))
                .setKey("target")
                .setWidth("22em")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    void show(UploadedCsv file, ColumnMapping mapping) {
        columns.clear();
        for (int i = 0; i < file.headers().size(); i++) {
            columns.add(new FileColumn(
                    i,
                    file.headers().get(i),
                    file.samples(i, 3),
                    mapping.targets().get(i)));
        }
        kind = mapping.kind();
        layout = mapping.layout();
        getContent().setItems(columns);
    }

    Grid<FileColumn> grid() {
        return getContent();
    }

    ColumnMapping mapping() {
        return new ColumnMapping(
                kind, layout, columns.stream().map(FileColumn::target).toList());
    }

    private ComboBox<ColumnTarget> targetBox(FileColumn column) {
        ComboBox<ColumnTarget> box = new ComboBox<>();
        box.setItems(targets());
        box.setItemLabelGenerator(this::label);
        box.setPlaceholder(getTranslation("import.mapping.leaveOut"));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setAriaLabel(getTranslation("import.mapping.fillsColumn", column.header()));
        box.setValue(column.target());
        box.addValueChangeListener(change -> column.setTarget(change.getValue()));
        return box;
    }

    private List<ColumnTarget> targets() {
        List<ColumnTarget> targets = new ArrayList<>();
        ImportField.of(kind, layout).forEach(field -> targets.add(ColumnTarget.field(field)));
        if (kind == ImportKind.CONTRIBUTIONS && layout == Layout.WIDE) {
            for (PersonnelType type : PersonnelType.values()) {
                for (Gender gender : Gender.values()) {
                    targets.add(ColumnTarget.count(type, gender));
                }
            }
        }
        return targets;
    }

    String label(ColumnTarget target) {
        if (target.isCount()) {
            return getTranslation(
                    "import.mapping.count",
                    getTranslation(target.personnelType().messageKey()),
                    getTranslation(target.gender().messageKey()));
        }
        String name = getTranslation(target.field().messageKey());
        return target.field().requiredIn(layout) ? getTranslation("import.mapping.required", name) : name;
    }

    /** A column of the uploaded file and what it is mapped to. */
    static final class FileColumn {
        private final int index;
        private final String header;
        private final List<String> samples;
        private ColumnTarget target;

        FileColumn(int index, String header, List<String> samples, ColumnTarget target) {
            this.index = index;
            this.header = header;
            this.samples = samples;
            this.target = target;
        }

        int index() {
            return index;
        }

        String header() {
            return header;
        }

        List<String> samples() {
            return samples;
        }

        ColumnTarget target() {
            return target;
        }

        void setTarget(ColumnTarget target) {
            this.target = target;
        }
    }
}
