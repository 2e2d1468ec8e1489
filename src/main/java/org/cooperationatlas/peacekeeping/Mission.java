package org.cooperationatlas.peacekeeping;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cooperationatlas.country.Country;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A UN peacekeeping mission, known by its acronym (UNMIL, MINUSMA, …). */
@Entity
@Audited
public class Mission {

    public static final int ACRONYM_MAX_LENGTH = 20;
    public static final int NAME_MAX_LENGTH = 200;
    public static final int TERRITORY_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = ACRONYM_MAX_LENGTH)
    private String acronym;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    private String name;

    @Size(max = NAME_MAX_LENGTH)
    private String nameZh;

    /** Where it served when that is not one country, or not a country at all: Western Sahara, Abyei, the Golan. */
    @Size(max = TERRITORY_MAX_LENGTH)
    private String territory;

    @Size(max = TERRITORY_MAX_LENGTH)
    private String territoryZh;

    private LocalDate startedOn;

    /** The day it ended; null while it runs. */
    private LocalDate endedOn;

    /** The operation it took over from (MONUC for MONUSCO), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Mission predecessor;

    /** The first of the countries it served in. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_country")
    private Country hostCountry;

    /** Every country it served in. */
    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "mission_host",
            joinColumns = @JoinColumn(name = "mission_id"),
            inverseJoinColumns = @JoinColumn(name = "country_iso2"))
    private Set<Country> hosts = new HashSet<>();

    /** Other acronyms published statistics know it by (UNOC for ONUC). */
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mission_alias", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "acronym")
    private Set<String> aliases = new HashSet<>();

    @Version
    private long version;

    /** A new mission, to be described and saved. */
    public Mission() {}

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

    public String getNameZh() {
        return nameZh;
    }

    /** Its name in the language of the locale: Chinese where it has one and the reader reads Chinese. */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) && nameZh != null ? nameZh : name;
    }

    public String getTerritory() {
        return territory;
    }

    public String getTerritoryZh() {
        return territoryZh;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Mission getPredecessor() {
        return predecessor;
    }

    public Set<Country> getHosts() {
        return hosts;
    }

    public Set<String> getAliases() {
        return aliases;
    }

    @AssertTrue(message = "{record.end.beforeStart}")
    public boolean isEndOnOrAfterStart() {
        return startedOn == null || endedOn == null || !endedOn.isBefore(startedOn);
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym == null ? null : acronym.strip();
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public void setNameZh(String nameZh) {
        this.nameZh = blankToNull(nameZh);
    }

    public void setTerritory(String territory) {
        this.territory = blankToNull(territory);
    }

    public void setTerritoryZh(String territoryZh) {
        this.territoryZh = blankToNull(territoryZh);
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public void setPredecessor(Mission predecessor) {
        this.predecessor = predecessor;
    }

    /** The countries it served in; the first of them (by code) stands for it where one country must. */
    public void setHosts(Set<Country> hosts) {
        this.hosts = new HashSet<>(hosts);
        this.hostCountry =
                hosts.stream().min(Comparator.comparing(Country::getIso2)).orElse(null);
    }

    public long getVersion() {
        return version;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
