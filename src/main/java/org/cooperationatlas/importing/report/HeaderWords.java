package org.cooperationatlas.importing.report;

import java.util.List;
import java.util.Optional;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.peacekeeping.PersonnelType;

/**
 * What the headers of the UN's tables have called their columns since 2015: "Country", "Contributor", "UN
 * Mission", "Description", "POST", "Personnel Type", "M", "MALE", "Totals", "report_date", "End Date", and a count
 * per type and gender ("UNPOL F", "FPU M") or per type ("Formed Police Units").
 */
final class HeaderWords {

    private static final List<String> COUNTRY = List.of(
            "country",
            "country name",
            "contributor",
            "contributing country",
            "member state",
            "tcc",
            "pcc",
            "contributing countries");
    private static final List<String> MISSION =
            List.of("mission", "un mission", "missions", "operation", "peacekeeping operation", "mission acronym");
    private static final List<String> PERSONNEL_TYPE = List.of(
            "description",
            "post",
            "personnel type",
            "type",
            "personnel category",
            "category",
            "personnel",
            "post type");
    private static final List<String> MALE = List.of("m", "male", "men");
    private static final List<String> FEMALE = List.of("f", "female", "women");
    private static final List<String> TOTAL = List.of("t", "total", "totals", "grand total");
    private static final List<String> DATE =
            List.of("report date", "report_date", "date", "end date", "as of", "as of date", "reporting date", "month");
    private static final List<String> ROW_NUMBER = List.of("no", "#", "s no", "sr no", "n");

    private HeaderWords() {}

    /** The column a header's words name, if they name one. */
    static Optional<Column> column(String header, float x0, float x1) {
        String folded = CountryNames.fold(header.replace('_', ' '));
        Column.Role role = null;
        CountKind kind = null;
        PersonnelType type = null;
        if (COUNTRY.contains(folded)) {
            role = Column.Role.COUNTRY;
        } else if (MISSION.contains(folded)) {
            role = Column.Role.MISSION;
        } else if (PERSONNEL_TYPE.contains(folded)) {
            role = Column.Role.PERSONNEL_TYPE;
        } else if (DATE.contains(folded)) {
            role = Column.Role.DATE;
        } else if (ROW_NUMBER.contains(folded) || header.strip().equals("#")) {
            role = Column.Role.ROW_NUMBER;
        } else if ((kind = kind(folded)) != null) {
            role = Column.Role.COUNT;
        } else {
            String[] words = folded.split(" ");
            CountKind last = kind(words[words.length - 1]);
            String rest = last == null
                    ? folded
                    : folded.substring(0, folded.lastIndexOf(' ') + 1).strip();
            Optional<PersonnelType> named = rest.isEmpty() ? Optional.empty() : PersonnelType.named(rest);
            if (named.isPresent()) {
                role = Column.Role.COUNT;
                type = named.get();
                kind = last == null ? CountKind.TOTAL : last;
            }
        }
        return role == null ? Optional.empty() : Optional.of(new Column(role, type, kind, header, x0, x1));
    }

    private static CountKind kind(String folded) {
        if (MALE.contains(folded)) {
            return CountKind.MALE;
        }
        if (FEMALE.contains(folded)) {
            return CountKind.FEMALE;
        }
        if (TOTAL.contains(folded)) {
            return CountKind.TOTAL;
        }
        return null;
    }
}
