package org.cooperationatlas.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A column mapping kept under a name, so that next month's file of the same shape maps itself. */
@Entity
@Table(name = "import_mapping")
public class SavedMapping {

    public static final int NAME_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    private Layout layout;

    // One line per mapped column: the header, a tab, the target's code.
    @Column(name = "columns")
    private String columns;

    @Version
    private long version;

    protected SavedMapping() {}

    SavedMapping(String name, List<String> headers, ColumnMapping mapping) {
        this.name = name.strip();
        update(headers, mapping);
    }

    void update(List<String> headers, ColumnMapping mapping) {
        this.kind = mapping.kind();
        this.layout = mapping.layout();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            ColumnTarget target = mapping.targets().get(i);
            if (target != null) {
                lines.append(headers.get(i).replace('\t', ' ').replace('\n', ' '))
                        .append('\t')
                        .append(target.code())
                        .append('\n');
            }
        }
        this.columns = lines.toString();
    }

    /** This mapping applied to a file's headers: columns are matched by header name, whatever their order. */
    public ColumnMapping applyTo(List<String> headers) {
        Map<String, ColumnTarget> byHeader = new LinkedHashMap<>();
        for (String line : columns.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                ColumnTarget.fromCode(line.substring(tab + 1))
                        .ifPresent(target ->
                                byHeader.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), target));
            }
        }
        List<ColumnTarget> targets = new ArrayList<>();
        headers.forEach(header -> targets.add(byHeader.get(
                header.replace('\t', ' ').replace('\n', ' ').strip().toLowerCase(Locale.ROOT))));
        return new ColumnMapping(kind, layout, targets);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ImportKind getKind() {
        return kind;
    }
}
