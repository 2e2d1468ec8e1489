package org.cooperationatlas.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.YearRange;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.source.Source;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One measured outcome of a record, as exact as its source says, never without that source. */
@Entity
@Audited
public class Figure {

    public static final int QUOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private CooperationRecord record;

    private int position;

    @NotNull(message = "{figure.metric.required}")
    private Metric metric;

    @NotNull(message = "{figure.value.required}")
    @DecimalMin(value = "0", message = "{figure.value.negative}")
    @Digits(integer = 18, fraction = 2, message = "{figure.value.digits}")
    @Column(name = "amount")
    private BigDecimal value;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Qualifier qualifier = Qualifier.EXACT;

    @NotNull(message = "{figure.unit.required}")
    private Unit unit;

    private LocalDate periodFrom;
    private LocalDate periodTo;

    private boolean cumulative;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_iso2")
    private Country country;

    @NotNull(message = "{figure.source.required}")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    @Size(max = QUOTE_MAX_LENGTH)
    private String quote;

    // False for a figure that repeats one of a record reporting the same activity: shown, never counted again.
    private boolean counted = true;

    @Version
    private long version;

    public Figure() {}

    public Figure(Metric metric, BigDecimal value, Qualifier qualifier, Unit unit, Source source) {
        this.metric = metric;
        this.value = value;
        this.qualifier = qualifier;
        this.unit = unit;
        this.source = source;
    }

    @AssertTrue(message = "{date.outOfRange}")
    public boolean isWithinYears() {
        return YearRange.contains(periodFrom) && YearRange.contains(periodTo);
    }

    @AssertTrue(message = "{figure.period.endBeforeStart}")
    public boolean isPeriodInOrder() {
        return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom);
    }

    public Long getId() {
        return id;
    }

    public CooperationRecord getRecord() {
        return record;
    }

    void setRecord(CooperationRecord record) {
        this.record = record;
    }

    void setPosition(int position) {
        this.position = position;
    }

    int getPosition() {
        return position;
    }

    public Metric getMetric() {
        return metric;
    }

    public void setMetric(Metric metric) {
        this.metric = metric;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isCumulative() {
        return cumulative;
    }

    public void setCumulative(boolean cumulative) {
        this.cumulative = cumulative;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote == null || quote.isBlank() ? null : quote;
    }

    /** Whether totals count it: not when a record of the same activity already gives it. */
    public boolean isCounted() {
        return counted;
    }

    public void setCounted(boolean counted) {
        this.counted = counted;
    }

    public long getVersion() {
        return version;
    }
}
