package org.cooperationatlas.record;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.DatedPeriod;
import org.cooperationatlas.base.domain.YearRange;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.source.Source;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One act of cooperation between police forces, as described by its sources. */
@Entity
@Audited
public class CooperationRecord {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{record.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{record.title.tooLong}")
    private String title;

    @NotNull(message = "{record.kind.required}")
    @Enumerated(EnumType.STRING)
    private RecordKind kind;

    @NotNull(message = "{record.crimeArea.required}")
    @Enumerated(EnumType.STRING)
    private CrimeArea crimeArea;

    @NotNull(message = "{record.lead.required}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_country")
    private Country leadCountry;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany
    @JoinTable(
            name = "record_partner",
            joinColumns = @JoinColumn(name = "record_id"),
            inverseJoinColumns = @JoinColumn(name = "country_iso2"))
    private Set<Country> partners = new LinkedHashSet<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "record_place", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<Place> places = new ArrayList<>();

    @NotNull(message = "{record.start.required}")
    private LocalDate startDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "start_precision")
    private DatePrecision startPrecision = DatePrecision.DAY;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_precision")
    private DatePrecision endPrecision;

    // Derived from the dates above so that period filters and sorting use plain indexed columns.
    private LocalDate periodFrom;
    private LocalDate periodTo;

    @NotNull(message = "{record.status.required}")
    @Enumerated(EnumType.STRING)
    private RecordStatus status = RecordStatus.REPORTED;

    @Size(max = SUMMARY_MAX_LENGTH, message = "{record.summary.tooLong}")
    private String summary;

    @NotEmpty(message = "{record.sources.required}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany
    @JoinTable(
            name = "record_source",
            joinColumns = @JoinColumn(name = "record_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new LinkedHashSet<>();

    @Valid
    @OneToMany(mappedBy = "record", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Figure> figures = new ArrayList<>();

    // Touched on every save so that the version moves even when only figures or places changed.
    private Instant updatedAt;

    @Version
    private long version;

    /** What this instance adds to the derived tables as it was loaded or last saved (see RecordChanged). */
    @Transient
    private RecordFootprint storedFootprint;

    @AssertTrue(message = "{date.outOfRange}")
    public boolean isWithinYears() {
        return YearRange.contains(startDate) && YearRange.contains(endDate);
    }

    @AssertTrue(message = "{record.end.beforeStart}")
    public boolean isEndOnOrAfterStart() {
        if (startDate == null || endDate == null || startPrecision == null) {
            return true;
        }
        DatePrecision precision = endPrecision == null ? startPrecision : endPrecision;
        return !precision.lastDay(endDate).isBefore(startPrecision.firstDay(startDate));
    }

    public DatedPeriod period() {
        return new DatedPeriod(
                startDate,
                startPrecision,
                endDate,
                endPrecision == null ? startPrecision : endPrecision,
                status == RecordStatus.ONGOING);
    }

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        DatedPeriod period = period();
        periodFrom = period.firstDay();
        periodTo = period.lastDay();
        updatedAt = Instant.now();
        for (int i = 0; i < figures.size(); i++) {
            figures.get(i).setRecord(this);
            figures.get(i).setPosition(i);
        }
    }

    /** Marks the record changed, so that a save of only its figures or places still checks its version. */
    void touch() {
        updatedAt = Instant.now();
    }

    RecordFootprint storedFootprint() {
        return storedFootprint;
    }

    void rememberStored(RecordFootprint footprint) {
        storedFootprint = footprint;
    }

    public void addFigure(Figure figure) {
        figure.setRecord(this);
        figures.add(figure);
    }

    public void setFigures(List<Figure> newFigures) {
        figures.clear();
        newFigures.forEach(this::addFigure);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public CrimeArea getCrimeArea() {
        return crimeArea;
    }

    public void setCrimeArea(CrimeArea crimeArea) {
        this.crimeArea = crimeArea;
    }

    public Country getLeadCountry() {
        return leadCountry;
    }

    public void setLeadCountry(Country leadCountry) {
        this.leadCountry = leadCountry;
    }

    public Set<Country> getPartners() {
        return partners;
    }

    public void setPartners(Set<Country> partners) {
        this.partners = new LinkedHashSet<>(partners);
    }

    public List<Place> getPlaces() {
        return places;
    }

    public void setPlaces(List<Place> places) {
        this.places = new ArrayList<>(places);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public DatePrecision getStartPrecision() {
        return startPrecision;
    }

    public void setStartPrecision(DatePrecision startPrecision) {
        this.startPrecision = startPrecision;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public DatePrecision getEndPrecision() {
        return endPrecision;
    }

    public void setEndPrecision(DatePrecision endPrecision) {
        this.endPrecision = endPrecision;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public void setStatus(RecordStatus status) {
        this.status = status;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Set<Source> getSources() {
        return sources;
    }

    public void setSources(Set<Source> sources) {
        this.sources = new LinkedHashSet<>(sources);
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
