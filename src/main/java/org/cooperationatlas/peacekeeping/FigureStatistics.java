package org.cooperationatlas.peacekeeping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.FigureCheck;
import org.cooperationatlas.record.FigureCheck.Outcome;
import org.cooperationatlas.record.FigureCheck.Part;
import org.cooperationatlas.record.FigureChecks;
import org.cooperationatlas.record.RecordKind;
import org.springframework.stereotype.Component;

/**
 * Checks a figure against the UN's monthly contribution statistics where they measure the same thing: a rank
 * among the five permanent members by troops, and the police a country had deployed in a peacekeeping record's
 * month (in the missions of the record's places, where it names any). The month read is the figure's own (the last
 * of its period), or else the month its source was published; the statistics of that month or of up to
 * {@value #MONTHS_BACK} months before it, since the UN publishes a month's figures weeks later.
 */
@Component
class FigureStatistics implements FigureChecks {

    static final int MONTHS_BACK = 3;

    private final PeacekeepingFlows flows;

    FigureStatistics(PeacekeepingFlows flows) {
        this.flows = flows;
    }

    @Override
    public FigureCheck check(Figure figure) {
        if (figure.getCountry() == null || figure.getValue() == null || figure.isCumulative()) {
            return FigureCheck.noStatistics();
        }
        Optional<YearMonth> month = monthOf(figure).flatMap(this::statisticsMonth);
        if (month.isEmpty()) {
            return FigureCheck.noStatistics();
        }
        String iso2 = figure.getCountry().getIso2();
        if (figure.getMetric().equals(Metric.TROOP_CONTRIBUTION_RANK_AMONG_P5)) {
            return rankAmongP5(figure, iso2, month.get());
        }
        if (figure.getMetric().equals(Metric.OFFICERS_DEPLOYED)
                && figure.getRecord().getKind() == RecordKind.PEACEKEEPING_DEPLOYMENT) {
            return policeDeployed(figure, iso2, month.get());
        }
        return FigureCheck.noStatistics();
    }

    private FigureCheck rankAmongP5(Figure figure, String iso2, YearMonth month) {
        ContributorRank rank = flows.rankAmong(PeacekeepingFlows.P5, iso2, month, PersonnelGroup.TROOPS);
        boolean agrees = figure.getValue().compareTo(BigDecimal.valueOf(rank.rank())) == 0;
        return new FigureCheck(
                agrees ? Outcome.AGREES : Outcome.DIFFERS,
                month,
                "figureCheck.measure.p5TroopRank",
                BigDecimal.valueOf(rank.rank()),
                rank.ranking().stream()
                        .map(member -> new Part(member.iso2(), member.personnel()))
                        .toList());
    }

    private FigureCheck policeDeployed(Figure figure, String iso2, YearMonth month) {
        Set<String> places = figure.getRecord().getPlaces().stream()
                .map(place -> place.getCountry().getIso2())
                .filter(place -> !place.equals(iso2))
                .collect(Collectors.toSet());
        List<MissionMonth> served = flows.servedAbroad(iso2, PersonnelGroup.POLICE).stream()
                .filter(line -> line.month().equals(month))
                .filter(line -> places.isEmpty() || places.contains(line.host().iso2()))
                .toList();
        long police = served.stream().mapToLong(MissionMonth::personnel).sum();
        return new FigureCheck(
                agrees(figure.getQualifier(), figure.getValue(), police) ? Outcome.AGREES : Outcome.DIFFERS,
                month,
                places.isEmpty() ? "figureCheck.measure.police" : "figureCheck.measure.policeInPlaces",
                BigDecimal.valueOf(police),
                served.stream()
                        .map(line -> new Part(line.host().iso2(), line.personnel()))
                        .toList());
    }

    /** Whether a count the statistics give bears out the figure as its qualifier states it. */
    static boolean agrees(Qualifier qualifier, BigDecimal stated, long counted) {
        BigDecimal actual = BigDecimal.valueOf(counted);
        int compared = actual.compareTo(stated);
        // "About" and "nearly" allow a tenth either way (nearly: only below).
        BigDecimal tenth = stated.abs().divide(BigDecimal.TEN);
        return switch (qualifier) {
            case EXACT -> compared == 0;
            case ABOUT -> actual.subtract(stated).abs().compareTo(tenth) <= 0;
            case MORE_THAN -> compared > 0;
            case AT_LEAST -> compared >= 0;
            case NEARLY -> compared <= 0 && stated.subtract(actual).compareTo(tenth) <= 0;
            case AT_MOST -> compared <= 0;
        };
    }

    private static Optional<YearMonth> monthOf(Figure figure) {
        LocalDate day = figure.getPeriodTo() != null
                ? figure.getPeriodTo()
                : figure.getPeriodFrom() != null
                        ? figure.getPeriodFrom()
                        : figure.getSource() == null ? null : figure.getSource().getPublishedOn();
        return Optional.ofNullable(day).map(YearMonth::from);
    }

    private Optional<YearMonth> statisticsMonth(YearMonth wanted) {
        return flows.latestMonthUpTo(wanted).filter(held -> !held.isBefore(wanted.minusMonths(MONTHS_BACK)));
    }
}
