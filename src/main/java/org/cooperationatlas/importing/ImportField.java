package org.cooperationatlas.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.country.CountryNames;

/** A field a column can fill, with the header names that suggest it. */
public enum ImportField {
    COUNTRY(
            ImportKind.CONTRIBUTIONS,
            true,
            "country",
            "contributing country",
            "contributor",
            "tcc",
            "pcc",
            "country code",
            "iso3",
            "iso",
            "iso code",
            "iso 3",
            "contributor iso 3",
            "contributor iso3",
            "contributor code",
            "iso3 code",
            "isocode3",
            "iso alpha 3",
            "m49",
            "m49 code",
            "country iso"),
    // A name column kept beside the code column: each row's name is checked against its code.
    COUNTRY_NAME(ImportKind.CONTRIBUTIONS, false, "country name", "contributor name", "contributing country name"),
    MISSION(ImportKind.CONTRIBUTIONS, true, "mission", "mission acronym", "acronym", "mission code"),
    MISSION_NAME(ImportKind.CONTRIBUTIONS, false, "mission name", "mission full name"),
    MONTH(
            ImportKind.CONTRIBUTIONS,
            true,
            "month",
            "date",
            "period",
            "reporting date",
            "last reporting date",
            "reporting month",
            "calendar date",
            "as of"),
    PERSONNEL_TYPE(
            ImportKind.CONTRIBUTIONS,
            true,
            "personnel type",
            "type",
            "category",
            "personnel category",
            "description",
            "personnel"),
    // A row per gender: the gender column says whose count the row's count is.
    GENDER(ImportKind.CONTRIBUTIONS, false, "gender", "sex"),
    MALE(ImportKind.CONTRIBUTIONS, false, "male", "men", "male personnel"),
    FEMALE(ImportKind.CONTRIBUTIONS, false, "female", "women", "female personnel"),
    TOTAL(ImportKind.CONTRIBUTIONS, false, "total", "count", "number", "personnel total", "total personnel"),

    TITLE(ImportKind.RECORDS, true, "title", "record", "record title"),
    KIND(ImportKind.RECORDS, true, "kind", "record kind", "type of cooperation"),
    CRIME_AREA(ImportKind.RECORDS, true, "crime area", "crime", "area"),
    STATUS(ImportKind.RECORDS, false, "status"),
    LEAD_COUNTRY(ImportKind.RECORDS, true, "lead country", "lead", "country"),
    PARTNERS(ImportKind.RECORDS, false, "partners", "partner countries", "partner"),
    START(ImportKind.RECORDS, true, "start", "start date", "from", "began", "begin"),
    END(ImportKind.RECORDS, false, "end", "end date", "to", "ended"),
    SUMMARY(ImportKind.RECORDS, false, "summary", "description", "notes"),
    SOURCE_PUBLISHER(ImportKind.RECORDS, true, "publisher", "source publisher"),
    SOURCE_TITLE(ImportKind.RECORDS, true, "source title", "source", "article"),
    SOURCE_DATE(ImportKind.RECORDS, true, "published", "published on", "source date", "publication date"),
    SOURCE_URL(ImportKind.RECORDS, false, "url", "source url", "link"),
    FIGURE_METRIC(ImportKind.RECORDS, false, "metric", "figure metric"),
    FIGURE_VALUE(ImportKind.RECORDS, false, "value", "figure", "figure value"),
    FIGURE_UNIT(ImportKind.RECORDS, false, "unit", "figure unit"),
    FIGURE_QUALIFIER(ImportKind.RECORDS, false, "qualifier", "figure qualifier"),
    FIGURE_QUOTE(ImportKind.RECORDS, false, "quote", "figure quote");

    private final ImportKind kind;
    private final boolean required;
    private final Set<String> hints;

    ImportField(ImportKind kind, boolean required, String... hints) {
        this.kind = kind;
        this.required = required;
        this.hints = Arrays.stream(hints).map(CountryNames::fold).collect(Collectors.toUnmodifiableSet());
    }

    public ImportKind kind() {
        return kind;
    }

    /** Whether a file of this kind and layout must map a column to this field. */
    public boolean requiredIn(Layout layout) {
        return required && !(this == PERSONNEL_TYPE && layout == Layout.WIDE);
    }

    /** Whether the field has a column of its own in this layout (wide files carry counts in typed columns). */
    public boolean usedIn(Layout layout) {
        if (kind == ImportKind.RECORDS || layout == Layout.LONG) {
            return true;
        }
        return this != PERSONNEL_TYPE && this != GENDER && this != MALE && this != FEMALE && this != TOTAL;
    }

    boolean suggestedBy(String foldedHeader) {
        return hints.contains(foldedHeader);
    }

    public static List<ImportField> of(ImportKind kind, Layout layout) {
        return Arrays.stream(values())
                .filter(field -> field.kind == kind && field.usedIn(layout))
                .toList();
    }

    public String messageKey() {
        return "import.field." + name();
    }
}
