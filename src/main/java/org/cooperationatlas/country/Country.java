package org.cooperationatlas.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** ISO 3166-1 reference data, plus the few territories (Kosovo, XK) that sources name outside it. */
@Entity
@Audited
public class Country {

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "iso2", length = 2)
    private String iso2;

    @Pattern(regexp = "[A-Z]{3}")
    private String iso3;

    @Pattern(regexp = "[0-9]{3}")
    private String numericCode;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    private String nameEn;

    private String region;
    private String subRegion;
    private String intermediateRegion;
    private double latitude;
    private double longitude;

    @Version
    private long version;

    protected Country() {}

    public Country(String iso2, String iso3, String nameEn) {
        this.iso2 = iso2;
        this.iso3 = iso3;
        this.nameEn = nameEn;
    }

    /** The name in the reader's language from the JDK's locale data, or the stored English name where it has none. */
    public String displayName(Locale locale) {
        String localized = new Locale("", iso2).getDisplayCountry(locale);
        return localized.isBlank() || localized.equals(iso2) ? nameEn : localized;
    }

    public String getIso2() {
        return iso2;
    }

    public String getIso3() {
        return iso3;
    }

    public String getNumericCode() {
        return numericCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getRegion() {
        return region;
    }

    public String getSubRegion() {
        return subRegion;
    }

    public String getIntermediateRegion() {
        return intermediateRegion;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Country other && Objects.equals(iso2, other.iso2);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(iso2);
    }

    @Override
    public String toString() {
        return iso2;
    }
}
