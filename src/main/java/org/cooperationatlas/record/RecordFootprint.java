package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.Country;

/**
 * What one record, as stored, adds to the summary tables: the facts the overview and the map count it by. A save
 * takes away the footprint the record had and adds the one it has now.
 *
 * @param lastYear the last year of its period, or {@link #ONGOING} while it has no end
 * @param words    the words of its title and summary (see {@link RecordWords})
 */
public record RecordFootprint(
        long id,
        RecordKind kind,
        CrimeArea crimeArea,
        int firstYear,
        int lastYear,
        String lead,
        Set<String> partners,
        Set<String> places,
        List<FigurePart> figures,
        Set<String> words) {

    /** The last year an ongoing record is stored under; the readers of the summaries count it up to this year. */
    public static final int ONGOING = 9999;

    /** The footprint of the record's current state; its derived period must be up to date (after a flush). */
    public static RecordFootprint of(CooperationRecord record) {
        return new RecordFootprint(
                record.getId(),
                record.getKind(),
                record.getCrimeArea(),
                record.getPeriodFrom().getYear(),
                record.getPeriodTo() == null ? ONGOING : record.getPeriodTo().getYear(),
                record.getLeadCountry().getIso2(),
                record.getPartners().stream().map(Country::getIso2).collect(Collectors.toUnmodifiableSet()),
                record.getPlaces().stream()
                        .map(place -> place.getCountry().getIso2())
                        .collect(Collectors.toUnmodifiableSet()),
                record.getFigures().stream()
                        .filter(Figure::isCounted)
                        .map(FigurePart::of)
                        .toList(),
                RecordWords.of(record.getTitle(), record.getSummary()));
    }

    /** One figure as the summaries see it; amounts compare by value, whatever their scale. */
    public record FigurePart(
            Metric metric,
            Unit unit,
            boolean cumulative,
            Qualifier qualifier,
            BigDecimal amount,
            LocalDate from,
            LocalDate to) {

        public FigurePart {
            amount = amount.stripTrailingZeros();
        }

        public static FigurePart of(Figure figure) {
            return new FigurePart(
                    figure.getMetric(),
                    figure.getUnit(),
                    figure.isCumulative(),
                    figure.getQualifier(),
                    figure.getValue(),
                    figure.getPeriodFrom(),
                    figure.getPeriodTo());
        }

        /** The calendar year a yearly figure's period lies within, or null when it is cumulative or spans years. */
        public Integer year() {
            if (cumulative || from == null || to == null || from.getYear() != to.getYear()) {
                return null;
            }
            return from.getYear();
        }

        public boolean touches(LocalDate firstDay, LocalDate lastDay) {
            return Objects.equals(from, firstDay) || Objects.equals(to, lastDay);
        }
    }
}
