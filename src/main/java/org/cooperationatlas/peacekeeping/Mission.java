package org.cooperationatlas.peacekeeping;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cooperationatlas.country.Country;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A UN peacekeeping mission, known by its acronym (UNMIL, MINUSMA, …). */
@Entity
@Audited
public class Mission {

    public static final int ACRONYM_MAX_LENGTH = 20;
    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = ACRONYM_MAX_LENGTH)
    private String acronym;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    private String name;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_country")
    private Country hostCountry;

    @Version
    private long version;

    protected Mission() {}

    public Mission(String acronym, String name, Country hostCountry) {
        this.acronym = acronym;
        this.name = name;
        this.hostCountry = hostCountry;
    }

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public Country getHostCountry() {
        return hostCountry;
    }
}
