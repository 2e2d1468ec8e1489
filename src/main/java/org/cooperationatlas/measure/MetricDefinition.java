package org.cooperationatlas.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.hibernate.envers.Audited;

/**
 * What a figure can measure: its code (as figures store it), its names in English and Chinese, the unit it is
 * usually given in, and whether its figures add up (a change or a share never does).
 */
@Entity
@Audited
@Table(name = "metric")
public class MetricDefinition {

    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @NotBlank(message = "{measure.code.required}")
    @Size(max = Metric.CODE_MAX_LENGTH)
    @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{measure.code.invalid}")
    private String code;

    @NotBlank(message = "{measure.nameEn.required}")
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name_en")
    private String nameEn;

    @NotBlank(message = "{measure.nameZh.required}")
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name_zh")
    private String nameZh;

    @NotNull(message = "{measure.usualUnit.required}")
    @Column(name = "usual_unit")
    private Unit usualUnit;

    private boolean summable = true;

    @Version
    private long version;

    protected MetricDefinition() {}

    public MetricDefinition(String code, String nameEn, String nameZh, Unit usualUnit) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.usualUnit = usualUnit;
    }

    /** A new metric, for an administrator to fill in. */
    public static MetricDefinition blank() {
        MetricDefinition metric = new MetricDefinition();
        metric.usualUnit = Unit.PEOPLE;
        return metric;
    }

    public Metric metric() {
        return new Metric(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null
                ? null
                : code.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? null : nameEn.strip();
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh == null ? null : nameZh.strip();
    }

    public Unit getUsualUnit() {
        return usualUnit;
    }

    public void setUsualUnit(Unit usualUnit) {
        this.usualUnit = usualUnit;
    }

    public boolean isSummable() {
        return summable;
    }

    public void setSummable(boolean summable) {
        this.summable = summable;
    }

    public long getVersion() {
        return version;
    }
}
