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
                .filter(field -> field.requiredIn(layout) && columnOf(field).isEmpty())
                .toList();
    }

    /**
     * Fields that two columns claim, which would make a row ambiguous. Counts may be claimed by several columns:
     * files that span decades have a column for each name a category went by ("Civilian Police" and "Individual
     * Police", "Observers" and "Experts on Mission"), and those add up.
     */
    public List<ColumnTarget> duplicateTargets() {
        return targets.stream()
                .filter(target ->
                        target != null && !target.isCount() && targets.indexOf(target) != targets.lastIndexOf(target))
                .distinct()
                .toList();
    }

    /** Every column that fills a count, in the file's order. */
    public List<Integer> columnsOf(ColumnTarget count) {
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < targets.size(); column++) {
            if (count.equals(targets.get(column))) {
                columns.add(column);
            }
        }
        return columns;
    }
}
