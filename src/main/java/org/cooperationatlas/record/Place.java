package org.cooperationatlas.record;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cooperationatlas.country.Country;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Where something happened: a city or site, optionally the city it lies in, and its country. */
@Embeddable
public class Place {

    public static final int NAME_MAX_LENGTH = 200;

    @NotBlank(message = "{place.name.required}")
    @Size(max = NAME_MAX_LENGTH)
    private String name;

    @Size(max = NAME_MAX_LENGTH)
    private String locality;

    @NotNull(message = "{place.country.required}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_iso2")
    private Country country;

    public Place() {}

    public Place(String name, String locality, Country country) {
        this.name = name;
        this.locality = locality;
        this.country = country;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality == null || locality.isBlank() ? null : locality;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }
}
