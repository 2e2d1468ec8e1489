package org.cooperationatlas.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordStatus;

/**
 * A record as a file gives it, before it is matched with the atlas: its fields, its source and the figures of
 * every row that names it. Rows are the same record when title, start and lead country agree.
 */
record RecordDraft(
        int line,
        String title,
        RecordKind kind,
        CrimeArea crimeArea,
        RecordStatus status,
        String leadCountry,
        Set<String> partners,
        CellValues.Dated start,
        CellValues.Dated end,
        String summary,
        SourceDraft source,
        List<FigureDraft> figures) {

    RecordDraft {
        figures = new ArrayList<>(figures);
    }

    Key key() {
        return new Key(title.strip().toLowerCase(Locale.ROOT), start.day(), leadCountry);
    }

    /** Whether another row of the same record says the same about the record itself (not its figure). */
    boolean sameRecordAs(RecordDraft other) {
        return kind == other.kind
                && crimeArea == other.crimeArea
                && status == other.status
                && partners.equals(other.partners)
                && Objects.equals(end, other.end)
                && Objects.equals(summary, other.summary)
                && source.equals(other.source);
    }

    record Key(String title, LocalDate start, String leadCountry) {}

    record SourceDraft(String publisher, String title, LocalDate publishedOn, String url) {}

    record FigureDraft(int line, Metric metric, BigDecimal value, Qualifier qualifier, Unit unit, String quote) {

        boolean sameFigureAs(FigureDraft other) {
            return metric.equals(other.metric) && unit.equals(other.unit);
        }
    }

    static DatePrecision precisionOf(CellValues.Dated dated) {
        return dated == null ? null : dated.precision();
    }
}
