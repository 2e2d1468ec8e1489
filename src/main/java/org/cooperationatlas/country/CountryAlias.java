package org.cooperationatlas.country;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Another name for a country, as files and sources spell it ("Viet Nam", "Côte d'Ivoire"). */
@Entity
public class CountryAlias {

    public static final int ALIAS_MAX_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = ALIAS_MAX_LENGTH)
    private String alias;

    @NotBlank
    private String aliasKey;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "iso2")
    private Country country;

    @Version
    private long version;

    protected CountryAlias() {
    }

    CountryAlias(String alias, Country country) {
        this.alias = alias.strip();
        this.aliasKey = CountryNames.fold(alias);
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getAlias() {
        return alias;
    }

    public Country getCountry() {
        return country;
    }
}
