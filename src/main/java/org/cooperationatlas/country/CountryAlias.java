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
import org.hibernate.envers.Audited;

/**
 * Another name for a country, as files and sources spell it ("Viet Nam", "Côte d'Ivoire"), and where the name
 * comes from. Audited, so that a name added while importing says who added it and when.
 */
@Entity
@Audited
public class CountryAlias {

    public static final int ALIAS_MAX_LENGTH = 150;
    public static final int SOURCE_MAX_LENGTH = 200;

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

    @Size(max = SOURCE_MAX_LENGTH)
    private String source;

    @Version
    private long version;

    protected CountryAlias() {}

    CountryAlias(String alias, Country country, String source) {
        this.alias = alias.strip();
        this.aliasKey = CountryNames.fold(alias);
        this.country = country;
        this.source = source == null || source.isBlank()
                ? null
                : source.strip().substring(0, Math.min(source.strip().length(), SOURCE_MAX_LENGTH));
    }

    public Long getId() {
        return id;
    }

    public String getAlias() {
        return alias;
    }

    /** Where the name comes from (a standard, a publisher, an import); empty for a name an administrator typed. */
    public String getSource() {
        return source;
    }

    public Country getCountry() {
        return country;
    }
}
