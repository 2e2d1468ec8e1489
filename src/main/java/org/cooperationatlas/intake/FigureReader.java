package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.measure.Measures;

/**
 * Reads a sentence's figures: each number that counts something, with the qualifier before it ("nearly"), or after
 * it in Chinese ("余", "左右"), the unit its counted noun or currency gives, the metric its words suggest, the period
 * nearest to it, and whether it is a total over that period. Durations, percentages and parts of names ("five
 * permanent members") are no figures. Ranks ("the second largest contributor") are figures of their own.
 */
final class FigureReader {

    // How far after a number its counted noun may stand: "253 abducted children", "2,609 trips abroad".
    private static final int NOUN_WINDOW = 48;
    private static final String CLAUSE_BREAKS = ",;:()，；：（）";

    private final Language language;
    private final Numbers numbers;
    private final Phrases qualifiers;
    private final Phrases suffixes;
    private final Phrases units;
    private final Phrases metrics;
    private final Phrases ranks;
    private final Phrases rankMetrics;
    private final Phrases cumulative;

    private final Measures measures;

    FigureReader(Language language, Measures measures) {
        this.measures = measures;
        Lexicon lexicon = Lexicon.of(language);
        this.language = language;
        this.numbers = new Numbers(language);
        this.qualifiers = lexicon.phrases("qualifier.", language);
        this.suffixes = lexicon.phrases("suffix.", language);
        this.units = lexicon.phrases("unit.", language);
        this.metrics = lexicon.phrases("metric.", language);
        this.ranks = lexicon.phrases("rank.", language);
        this.rankMetrics = lexicon.phrases("rankmetric.", language);
        this.cumulative = new Phrases(java.util.Map.of("yes", lexicon.list("cumulative")), language);
    }

    List<FigureProposal> in(Sentence sentence, List<PeriodMention> periods, List<CountryMention> countries) {
        String text = sentence.text();
        List<FigureProposal> figures = new ArrayList<>();
        boolean totalOverTime = !cumulative.in(text).isEmpty();
        List<NumberMention> all = numbers.in(text);
        for (NumberMention number : all) {
            if (periods.stream().anyMatch(period -> number.start() < period.end() && period.start() < number.end())
                    || referredTo(text, number)) {
                continue;
            }
            read(sentence, number, all, periods, countries, totalOverTime, figures)
                    .ifPresent(figures::add);
        }
        figures.addAll(ranks(sentence));
        figures.sort(Comparator.comparingInt(FigureProposal::numberStart));
        return figures;
    }

    private Optional<FigureProposal> read(
            Sentence sentence,
            NumberMention number,
            List<NumberMention> all,
            List<PeriodMention> periods,
            List<CountryMention> countries,
            boolean totalOverTime,
            List<FigureProposal> before) {
        String text = sentence.text();
        int afterNumber = number.end();
        Qualifier qualifier = qualifierBefore(text, number.start());
        Phrases.Match suffix = language.spacesBetweenWords() ? null : suffixes.startOf(text.substring(afterNumber));
        if (suffix != null) {
            qualifier = Qualifier.valueOf(suffix.value());
            afterNumber += suffix.end();
        }
        String window = text.substring(afterNumber, Math.min(text.length(), afterNumber + NOUN_WINDOW));
        // The counted noun stands in the number's own clause: "约100个，抓获…嫌疑人" counts no people.
        for (int i = 0; i < window.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(window.charAt(i)) >= 0) {
                window = window.substring(0, i);
                break;
            }
        }
        List<Phrases.Match> unitWords = units.in(window);
        Phrases.Match unitWord = unitWords.isEmpty() ? null : unitWords.get(0);
        if (unitWord != null && unitWord.value().equals("NONE") && unitWord.start() <= 12) {
            return Optional.empty();
        }
        Unit unit = unitWord == null || unitWord.value().equals("NONE") ? null : Unit.valueOf(unitWord.value());
        if (unitWord != null && suffix == null && !language.spacesBetweenWords()) {
            // 40人左右, 100人以上: the qualifier after the unit.
            Phrases.Match late = suffixes.startOf(window.substring(unitWord.end()));
            if (late != null && late.start() == 0) {
                qualifier = Qualifier.valueOf(late.value());
            }
        }
        Metric metric = metric(text, number, all, unit);
        if (unit == null && metric != null) {
            unit = measures.usualUnit(metric);
        }
        Optional<PeriodMention> period = nearest(periods, number);
        if (unit == null) {
            // "19 fugitive suspects fled in 2016, compared with 31 in 2015": a number dated on its own, in a list
            // after a figure, counts what that figure counts.
            boolean datedRightAfter = period.isPresent()
                    && period.get().start() >= number.end()
                    && period.get().start() - number.end() <= 6;
            if (before.isEmpty() || !datedRightAfter) {
                return Optional.empty();
            }
            FigureProposal previous = before.get(before.size() - 1);
            unit = previous.unit();
            metric = previous.metric();
        }
        PeriodMention when = period.filter(p -> !p.isLater()).orElse(null);
        return Optional.of(new FigureProposal(
                number.value(),
                qualifier,
                unit,
                metric,
                when == null ? null : when.firstDay(),
                when == null ? null : when.lastDay(),
                when != null && when.range() || totalOverTime,
                countryNear(countries, number, text),
                sentence,
                number.start(),
                number.end()));
    }

    // "the two countries", "the five permanent members": a number in words after "the" names what the text has
    // already counted; it is no new figure.
    private boolean referredTo(String text, NumberMention number) {
        if (!language.spacesBetweenWords() || Character.isDigit(text.charAt(number.start()))) {
            return false;
        }
        String before =
                text.substring(Math.max(0, number.start() - 4), number.start()).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("the ");
    }

    private Qualifier qualifierBefore(String text, int numberStart) {
        Phrases.Match match = qualifiers.endOf(text.substring(Math.max(0, numberStart - 24), numberStart));
        return match == null ? Qualifier.EXACT : Qualifier.valueOf(match.value());
    }

    /**
     * What the number counts: the verb right before it ("detained 8", "arresting nearly 5,000"), else the nearest
     * cue after it ("2,873 fugitives were captured", "367 suspects detained"), else the nearest before it, each
     * within its clause and before or after no other number ("detained 8 suspects and rescued 21 victims").
     */
    private Metric metric(String text, NumberMention number, List<NumberMention> all, Unit unit) {
        if (Unit.COUNTRIES_AND_REGIONS.equals(unit)) {
            return Metric.COUNTRIES_AND_REGIONS_INVOLVED;
        }
        if (Unit.TRIPS.equals(unit)) {
            return Metric.DEPLOYMENT_TRIPS;
        }
        if (Unit.DENS.equals(unit)) {
            return Metric.CRIMINAL_DENS_DISMANTLED;
        }
        boolean money = unit != null && measures.isCurrency(unit);
        int clauseStart = number.start();
        while (clauseStart > 0
                && CLAUSE_BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0
                && !endsNumber(all, clauseStart)) {
            clauseStart--;
        }
        int clauseEnd = number.end();
        while (clauseEnd < text.length()
                && CLAUSE_BREAKS.indexOf(text.charAt(clauseEnd)) < 0
                && !startsNumber(all, clauseEnd)) {
            clauseEnd++;
        }
        List<Phrases.Match> before = metrics.in(text.substring(clauseStart, number.start())).stream()
                .filter(cue -> fits(Metric.valueOf(cue.value()), money))
                .toList();
        if (!before.isEmpty()) {
            Phrases.Match last = before.get(before.size() - 1);
            String between = text.substring(clauseStart + last.end(), number.start());
            if (between.isBlank()
                    || qualifiers.endOf(between) != null
                            && qualifiers.endOf(between).start()
                                    == between.length() - between.stripLeading().length()) {
                return Metric.valueOf(last.value());
            }
        }
        List<Phrases.Match> after = metrics.in(text.substring(number.end(), clauseEnd)).stream()
                .filter(cue -> fits(Metric.valueOf(cue.value()), money))
                .toList();
        if (!after.isEmpty()) {
            return Metric.valueOf(after.get(0).value());
        }
        if (!before.isEmpty()) {
            return Metric.valueOf(before.get(before.size() - 1).value());
        }
        if (money) {
            // "About 8.99 billion yuan … was recovered": the sentence's verb, wherever it stands.
            return metrics.in(text).stream()
                    .map(cue -> Metric.valueOf(cue.value()))
                    .filter(Metric.ASSETS_RECOVERED::equals)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    private static boolean endsNumber(List<NumberMention> all, int at) {
        return all.stream().anyMatch(other -> other.end() == at);
    }

    private static boolean startsNumber(List<NumberMention> all, int at) {
        return all.stream().anyMatch(other -> other.start() == at);
    }

    private static boolean fits(Metric metric, boolean money) {
        return money == (Metric.ASSETS_RECOVERED.equals(metric));
    }

    private static Optional<PeriodMention> nearest(List<PeriodMention> periods, NumberMention number) {
        return periods.stream()
                .min(Comparator.comparingInt(period ->
                        Math.min(Math.abs(period.start() - number.end()), Math.abs(number.start() - period.end()))));
    }

    private String countryNear(List<CountryMention> countries, NumberMention number, String text) {
        return countries.stream()
                .filter(country -> Math.abs(country.start() - number.end()) < 40
                        && noBreakBetween(text, number.end(), country.start()))
                .map(CountryMention::iso2)
                .findFirst()
                .orElse(null);
    }

    private static boolean noBreakBetween(String text, int from, int to) {
        for (int i = Math.min(from, to); i < Math.max(from, to); i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    // "the second largest financial contributor": a rank, and what it ranks.
    private List<FigureProposal> ranks(Sentence sentence) {
        String text = sentence.text();
        List<FigureProposal> found = new ArrayList<>();
        for (Phrases.Match rank : ranks.in(text)) {
            String following = text.substring(rank.end(), Math.min(text.length(), rank.end() + 80));
            List<Phrases.Match> ranked = rankMetrics.in(following);
            if (!ranked.isEmpty() && ranked.get(0).start() <= 12) {
                found.add(new FigureProposal(
                        new BigDecimal(rank.value()),
                        Qualifier.EXACT,
                        Unit.RANK,
                        Metric.valueOf(ranked.get(0).value()),
                        null,
                        null,
                        false,
                        null,
                        sentence,
                        rank.start(),
                        rank.end()));
            }
        }
        return found;
    }
}
