package org.cooperationatlas.importing;

import java.util.Optional;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * What one column of a file fills: a field, or (wide layout) the count of one personnel type and gender.
 * Its code is how a saved mapping stores it.
 */
public record ColumnTarget(ImportField field, PersonnelType personnelType, Gender gender) {

    private static final String COUNT = "COUNT";

    public static ColumnTarget field(ImportField field) {
        return new ColumnTarget(field, null, null);
    }

    public static ColumnTarget count(PersonnelType type, Gender gender) {
        return new ColumnTarget(null, type, gender);
    }

    public boolean isCount() {
        return personnelType != null;
    }

    public String code() {
        return isCount() ? COUNT + ":" + personnelType.name() + ":" + gender.name() : field.name();
    }

    public static Optional<ColumnTarget> fromCode(String code) {
        try {
            String[] parts = code.strip().split(":");
            if (parts.length == 3 && parts[0].equals(COUNT)) {
                return Optional.of(count(PersonnelType.valueOf(parts[1]), Gender.valueOf(parts[2])));
            }
            return parts.length == 1 ? Optional.of(field(ImportField.valueOf(parts[0]))) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
