package org.cooperationatlas.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;
import org.hibernate.envers.Audited;

/**
 * What a figure can count or be stated in: its code (as figures store it), its names and the way a value of it is
 * written in English and Chinese ("{0} vessels", "{0}艘"), and its kind, which says whether values of it add up
 * and may have decimals.
 */
@Entity
@Audited
@Table(name = "unit")
public class UnitDefinition {

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @NotBlank(message = "{measure.code.required}")
    @Size(max = Unit.CODE_MAX_LENGTH)
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

    @NotBlank(message = "{measure.valueEn.required}")
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "value_en")
    private String valueEn;

    @NotBlank(message = "{measure.valueZh.required}")
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "value_zh")
    private String valueZh;

    @NotNull(message = "{measure.kind.required}")
    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @Version
    private long version;

    protected UnitDefinition() {}

    public UnitDefinition(String code, String nameEn, String nameZh, String valueEn, String valueZh, UnitKind kind) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.valueEn = valueEn;
        this.valueZh = valueZh;
        this.kind = kind;
    }

    /** A new unit, for an administrator to fill in. */
    public static UnitDefinition blank() {
        UnitDefinition unit = new UnitDefinition();
        unit.kind = UnitKind.COUNT;
        unit.valueEn = "{0}";
        unit.valueZh = "{0}";
        return unit;
    }

    /** The way a value is written holds the place of the number, {0}, in both languages. */
    @AssertTrue(message = "{measure.value.placeholder}")
    public boolean isValueWithNumber() {
        return valueEn == null || valueZh == null || (valueEn.contains("{0}") && valueZh.contains("{0}"));
    }

    public Unit unit() {
        return new Unit(code);
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

    public String getValueEn() {
        return valueEn;
    }

    public void setValueEn(String valueEn) {
        this.valueEn = valueEn == null ? null : valueEn.strip();
    }

    public String getValueZh() {
        return valueZh;
    }

    public void setValueZh(String valueZh) {
        this.valueZh = valueZh == null ? null : valueZh.strip();
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public long getVersion() {
        return version;
    }
}
