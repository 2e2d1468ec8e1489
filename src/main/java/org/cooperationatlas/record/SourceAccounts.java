package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/**
 * What the sources say of one thing: figures of the same metric and unit, about the same activity or country,
 * whose periods overlap, from two sources or more; and, where two of them cannot both be true within what their
 * qualifiers allow ("about 860" and "857" can; "863" and "857" cannot), the pair that shows it most.
 */
public final class SourceAccounts {

    private static final BigDecimal ABOUT = new BigDecimal("0.1");

    private SourceAccounts() {}

    /** One source's figure, as the comparison reads it. */
    public record Testimony(
            long figureId,
            long recordId,
            String recordTitle,
            Metric metric,
            BigDecimal value,
            Qualifier qualifier,
            Unit unit,
            LocalDate from,
            LocalDate to,
            long sourceId,
            String publisher,
            LocalDate published,
            boolean counted) {

        public static Testimony of(Figure figure) {
            return new Testimony(
                    figure.getId(),
                    figure.getRecord().getId(),
                    figure.getRecord().getTitle(),
                    figure.getMetric(),
                    figure.getValue(),
                    figure.getQualifier(),
                    figure.getUnit(),
                    figure.getPeriodFrom(),
                    figure.getPeriodTo(),
                    figure.getSource().getId(),
                    figure.getSource().getPublisher(),
                    figure.getSource().getPublishedOn(),
                    figure.isCounted());
        }

        // A figure without a period stands for the day its source was published.
        LocalDate first() {
            return from != null ? from : to != null ? to : published;
        }

        LocalDate last() {
            return to != null ? to : from != null ? from : published;
        }

        boolean overlaps(Testimony other) {
            return !first().isAfter(other.last()) && !other.first().isAfter(last());
        }

        /** The least and the most the figure allows; null for no bound. */
        BigDecimal least() {
            return switch (qualifier) {
                case EXACT, AT_LEAST, MORE_THAN -> value;
                case ABOUT, NEARLY -> value.subtract(value.multiply(ABOUT));
                case AT_MOST -> BigDecimal.ZERO;
            };
        }

        BigDecimal most() {
            return switch (qualifier) {
                case EXACT, NEARLY, AT_MOST -> value;
                case ABOUT -> value.add(value.multiply(ABOUT));
                case AT_LEAST, MORE_THAN -> null;
            };
        }

        // Both can be true when what one allows meets what the other allows.
        boolean agreesWith(Testimony other) {
            boolean below = most() != null && most().compareTo(other.least()) < 0;
            boolean above = other.most() != null && other.most().compareTo(least()) < 0;
            return !below && !above;
        }
    }

    /** The figures the sources give of one thing, the earliest period first; a disagreement if any. */
    public record Account(Metric metric, Unit unit, List<Testimony> testimonies, Optional<Disagreement> disagreement) {}

    /** Two sources' figures that cannot both be true: the one published first, then the other. */
    public record Disagreement(Testimony earlier, Testimony later) {}

    /**
     * The accounts among these figures: by metric and unit, figures whose periods overlap one another (each
     * with the next), kept where they come from more than one source.
     */
    public static List<Account> of(Collection<Testimony> figures) {
        Map<List<Object>, List<Testimony>> byMeasure = new LinkedHashMap<>();
        figures.stream()
                .sorted(Comparator.comparing(Testimony::first).thenComparing(Testimony::last))
                .forEach(figure -> byMeasure
                        .computeIfAbsent(List.of(figure.metric(), figure.unit()), key -> new ArrayList<>())
                        .add(figure));
        List<Account> accounts = new ArrayList<>();
        for (List<Testimony> measured : byMeasure.values()) {
            List<Testimony> group = new ArrayList<>();
            LocalDate reach = null;
            for (Testimony figure : measured) {
                if (reach != null && figure.first().isAfter(reach)) {
                    account(group).ifPresent(accounts::add);
                    group = new ArrayList<>();
                    reach = null;
                }
                group.add(figure);
                reach = reach == null || figure.last().isAfter(reach) ? figure.last() : reach;
            }
            account(group).ifPresent(accounts::add);
        }
        accounts.sort(
                Comparator.comparing((Account account) -> account.disagreement().isEmpty())
                        .thenComparing(account -> account.testimonies().get(0).first()));
        return accounts;
    }

    private static Optional<Account> account(List<Testimony> group) {
        if (group.stream().map(Testimony::sourceId).distinct().count() < 2) {
            return Optional.empty();
        }
        Disagreement widest = null;
        BigDecimal widestGap = null;
        for (Testimony one : group) {
            for (Testimony other : group) {
                if (one.sourceId() == other.sourceId() || !one.overlaps(other) || one.agreesWith(other)) {
                    continue;
                }
                BigDecimal gap = one.value().subtract(other.value()).abs();
                if (widestGap == null || gap.compareTo(widestGap) > 0) {
                    widestGap = gap;
                    boolean oneFirst = !one.published().isAfter(other.published());
                    widest = new Disagreement(oneFirst ? one : other, oneFirst ? other : one);
                }
            }
        }
        Testimony first = group.get(0);
        return Optional.of(new Account(first.metric(), first.unit(), List.copyOf(group), Optional.ofNullable(widest)));
    }
}
