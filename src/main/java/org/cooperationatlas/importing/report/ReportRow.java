package org.cooperationatlas.importing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * A line of personnel as the report prints it: the mission and the country as written (a name may stand beside
 * the row, or above it), the personnel type for a row per type, and its counts. A report without missions leaves
 * the mission null; a table with a column per type leaves the type null and keys its counts by type.
 */
public record ReportRow(int page, String mission, String country, PersonnelType type, Map<CountKey, Integer> counts) {

    public ReportRow {
        counts = Map.copyOf(counts);
    }

    /** The people of one personnel type the row gives: men and women where it says, and their total. */
    public record TypeCounts(PersonnelType type, Integer male, Integer female, Integer total) {}

    int count(CountKey key) {
        Integer count = counts.get(key);
        return count == null ? 0 : count;
    }

    /**
     * The row's counts per personnel type: one type for a row per type (kept at zero, as printed), each type with
     * anyone in it for a row with a column per type. A total the row does not print is its men and women added up.
     */
    public List<TypeCounts> typeCounts() {
        if (type != null) {
            return List.of(counts(type, CountKey.MALE, CountKey.FEMALE, CountKey.TOTAL));
        }
        List<TypeCounts> types = new ArrayList<>();
        for (PersonnelType each : PersonnelType.values()) {
            TypeCounts read = counts(
                    each,
                    new CountKey(each, CountKind.MALE),
                    new CountKey(each, CountKind.FEMALE),
                    new CountKey(each, CountKind.TOTAL));
            boolean someone = (read.male() != null && read.male() > 0)
                    || (read.female() != null && read.female() > 0)
                    || (read.total() != null && read.total() > 0);
            if (someone) {
                types.add(read);
            }
        }
        return types;
    }

    private TypeCounts counts(PersonnelType of, CountKey maleKey, CountKey femaleKey, CountKey totalKey) {
        Integer male = counts.get(maleKey);
        Integer female = counts.get(femaleKey);
        Integer total = counts.get(totalKey);
        if (total == null && male != null && female != null) {
            total = male + female;
        }
        return new TypeCounts(of, male, female, total);
    }

    /**
     * Whether the row's own total is what its parts make: men and women, or (a row with a column per type) every
     * type; a row that prints no total, or only one part, has nothing to add up.
     */
    public boolean addsUp() {
        Integer total = counts.get(CountKey.TOTAL);
        if (type != null) {
            Integer male = counts.get(CountKey.MALE);
            Integer female = counts.get(CountKey.FEMALE);
            return total == null || male == null || female == null || male + female == total;
        }
        if (total == null) {
            return true;
        }
        int parts = 0;
        for (Map.Entry<CountKey, Integer> count : counts.entrySet()) {
            if (count.getKey().type() != null && count.getKey().kind() == CountKind.TOTAL) {
                parts += count.getValue();
            }
        }
        boolean typeTotals =
                counts.keySet().stream().anyMatch(key -> key.type() != null && key.kind() == CountKind.TOTAL);
        return !typeTotals || parts == total;
    }

    /** Everyone the row holds. */
    public int people() {
        return typeCounts().stream()
                .mapToInt(counts -> counts.total() == null ? 0 : counts.total())
                .sum();
    }
}
