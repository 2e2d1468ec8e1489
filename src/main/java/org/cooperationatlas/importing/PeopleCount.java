package org.cooperationatlas.importing;

import java.util.List;
import java.util.Optional;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * The people one row of a contributions file holds, read leniently: each personnel type's total, or its male and
 * female counts where no total reads as a number. A row with problems still says what leaving it out costs.
 */
final class PeopleCount {

    private PeopleCount() {}

    static long of(CsvRow row, ColumnMapping mapping) {
        if (mapping.layout() == Layout.LONG) {
            return people(
                    row,
                    mapping.columnOf(ImportField.TOTAL),
                    mapping.columnOf(ImportField.MALE),
                    mapping.columnOf(ImportField.FEMALE));
        }
        long people = 0;
        for (PersonnelType type : PersonnelType.values()) {
            people += people(
                    row,
                    mapping.columnsOf(ColumnTarget.count(type, Gender.TOTAL)),
                    mapping.columnsOf(ColumnTarget.count(type, Gender.MALE)),
                    mapping.columnsOf(ColumnTarget.count(type, Gender.FEMALE)));
        }
        return people;
    }

    private static long people(CsvRow row, Optional<Integer> total, Optional<Integer> male, Optional<Integer> female) {
        return people(
                row,
                total.stream().toList(),
                male.stream().toList(),
                female.stream().toList());
    }

    private static long people(CsvRow row, List<Integer> total, List<Integer> male, List<Integer> female) {
        Optional<Integer> counted = sum(row, total);
        if (counted.isPresent()) {
            return counted.get();
        }
        return sum(row, male).orElse(0) + sum(row, female).orElse(0);
    }

    private static Optional<Integer> sum(CsvRow row, List<Integer> columns) {
        return columns.stream()
                .map(column -> count(row, column))
                .flatMap(Optional::stream)
                .reduce(Integer::sum);
    }

    private static Optional<Integer> count(CsvRow row, int column) {
        try {
            return Optional.ofNullable(CellValues.count(row.cell(column)));
        } catch (CellValues.CellException unreadable) {
            return Optional.empty();
        }
    }
}
