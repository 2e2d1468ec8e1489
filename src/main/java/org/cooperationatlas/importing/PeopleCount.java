package org.cooperationatlas.importing;

import org.cooperationatlas.peacekeeping.PersonnelType;

import java.util.Optional;

/**
 * The people one row of a contributions file holds, read leniently: each personnel type's total, or its male and
 * female counts where no total reads as a number. A row with problems still says what leaving it out costs.
 */
final class PeopleCount {

    private PeopleCount() {
    }

    static long of(CsvRow row, ColumnMapping mapping) {
        if (mapping.layout() == Layout.LONG) {
            return people(row, mapping.columnOf(ImportField.TOTAL), mapping.columnOf(ImportField.MALE),
                    mapping.columnOf(ImportField.FEMALE));
        }
        long people = 0;
        for (PersonnelType type : PersonnelType.values()) {
            people += people(row, column(mapping, type, Gender.TOTAL), column(mapping, type, Gender.MALE),
                    column(mapping, type, Gender.FEMALE));
        }
        return people;
    }

    private static long people(CsvRow row, Optional<Integer> total, Optional<Integer> male, Optional<Integer> female) {
        Optional<Integer> counted = total.flatMap(column -> count(row, column));
        if (counted.isPresent()) {
            return counted.get();
        }
        return male.flatMap(column -> count(row, column)).orElse(0)
               + female.flatMap(column -> count(row, column)).orElse(0);
    }

    private static Optional<Integer> column(ColumnMapping mapping, PersonnelType type, Gender gender) {
        int index = mapping.targets().indexOf(ColumnTarget.count(type, gender));
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    private static Optional<Integer> count(CsvRow row, int column) {
        try {
            return Optional.ofNullable(CellValues.count(row.cell(column)));
        } catch (CellValues.CellException unreadable) {
            return Optional.empty();
        }
    }
}
