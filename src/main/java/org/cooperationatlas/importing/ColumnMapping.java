package org.cooperationatlas.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a file holds and which column fills what; a column without a target is left out. */
public record ColumnMapping(ImportKind kind, Layout layout, List<ColumnTarget> targets) {

    public ColumnMapping {
        targets = Collections.unmodifiableList(new ArrayList<>(targets));
    }

    /** The column that fills a field, if one does. */
    public Optional<Integer> columnOf(ImportField field) {
        int index = targets.indexOf(ColumnTarget.field(field));
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** The fields the kind and layout need that no column fills. */
    public List<ImportField> missingFields() {
        return ImportField.of(kind, layout).stream()
                .filter(field -> field.requiredIn(layout) && columnOf(field).isEmpty()).toList();
    }

    /** Fields that two columns claim, which would make a row ambiguous. */
    public List<ColumnTarget> duplicateTargets() {
        return targets.stream().filter(target -> target != null
                && targets.indexOf(target) != targets.lastIndexOf(target)).distinct().toList();
    }
}
