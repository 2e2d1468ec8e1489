package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;
import org.cooperationatlas.measure.Measures;

/**
 * Reads a sentence's figures: each number that counts something the atlas has a unit for, with the qualifier its
 * words give ("nearly", "300余名"), the unit of what it counts, the metric its words suggest, the period nearest to
 * it, and whether it is a total over that period. A number that counts nothing a unit names, or that is a date, an
 * age, an ordinal, part of a name, a list's size or a threshold, is no figure. Ranks ("the second largest
 * contributor") are figures of their own.
 */
final class FigureReader {

    private static final String CLAUSE_BREAKS = ",;:()，；：（）";
    private static final Set<String> REFERRING =
            Set.of("the ", "both ", "these ", "those ", "all ", "its ", "our ", "their ");
    private static final java.util.regex.Pattern SUBJECT_VERB =
            java.util.regex.Pattern.compile("^\\s+(?:were|was|are|have been|had been|have|had)\\b");
    private static final Unit PERSON_TIMES = new Unit("PERSON_TIMES");
    private static final Set<String> PARTIES =
            Set.of("countries", "nations", "sides", "parties", "governments", "states");
    private static final Set<String> RANGE_JOINS = Set.of("and", "to", "-", "–", "—", "至", "到", "~", "～");

    private final Language language;
    private final Numbers numbers;
    private final Phrases qualifiers;
    private final Phrases metrics;
    private final Map<String, List<Metric>> metricsOfCue = new java.util.LinkedHashMap<>();
    private final Phrases fugitiveWords;
    private final Phrases ranks;
    private final Phrases rankMetrics;
    private final Phrases cumulative;
    private final Phrases changes;
    private final Phrases totals;
    private final EnglishCounts english;
    private final ChineseCounts chinese;
    private final ChineseWords chineseWords;
    private final Measures measures;
    private final String mainCountry;

    /** A reader for one article, whose main country settles what "$" and "元" stand for. */
    FigureReader(Language language, Measures measures, ChineseWords chineseWords, String mainCountry) {
        this.measures = measures;
        this.mainCountry = mainCountry;
        this.chineseWords = chineseWords;
        Lexicon lexicon = Lexicon.of(language);
        this.language = language;
        this.numbers = new Numbers(language);
        this.qualifiers = lexicon.phrases("qualifier.", language);
        // Each cue once, with every metric it may say: "seized" counts suspects, drugs or money by the unit.
        lexicon.group("metric.")
                .forEach((metric, phrases) -> phrases.forEach(phrase -> metricsOfCue
                        .computeIfAbsent(phrase, key -> new ArrayList<>())
                        .add(new Metric(metric))));
        this.metrics = new Phrases(
                metricsOfCue.keySet().stream().collect(java.util.stream.Collectors.toMap(cue -> cue, List::of)),
                language);
        this.fugitiveWords = new Phrases(Map.of("yes", lexicon.list("fugitivewords")), language);
        this.ranks = lexicon.phrases("rank.", language);
        this.rankMetrics = lexicon.phrases("rankmetric.", language);
        this.cumulative = new Phrases(Map.of("yes", lexicon.list("cumulative")), language);
        this.changes = new Phrases(Map.of("yes", lexicon.list("change")), language);
        this.totals = new Phrases(Map.of("yes", lexicon.list("totalbefore")), language);
        this.english = language.spacesBetweenWords() ? new EnglishCounts(lexicon) : null;
        this.chinese = language.spacesBetweenWords() ? null : new ChineseCounts(lexicon);
    }

    List<FigureProposal> in(Sentence sentence, List<PeriodMention> periods, List<CountryMention> countries) {
        String text = sentence.reading();
        List<FigureProposal> figures = new ArrayList<>();
        boolean totalOverTime = !cumulative.in(text).isEmpty();
        List<NumberMention> all = numbers.in(text);
        List<Word> words = chinese == null ? List.of() : chineseWords.of(text);
        NumberMention unitless = null;
        int readUntil = 0;
        for (NumberMention number : all) {
            // "three years and six months": the six months were read with the three years.
            if (number.start() < readUntil) {
                continue;
            }
            if (periods.stream().anyMatch(period -> number.start() < period.end() && period.start() < number.end())
                    || notAFigure(text, number, words)) {
                continue;
            }
            Optional<Counted> counted = counted(text, number, words);
            Unit unit = counted.map(Counted::unit)
                    .map(u -> LocalMoney.settle(u, mainCountry))
                    .orElse(null);
            if (unit != null && !measures.knows(unit)) {
                unit = null;
            }
            BigDecimal value = counted.map(c -> c.scale().compareTo(BigDecimal.ONE) == 0
                            ? number.value()
                            : number.value().multiply(c.scale()).setScale(4, java.math.RoundingMode.HALF_UP))
                    .orElse(number.value());
            int wordsStart = counted.map(Counted::start).filter(at -> at >= 0).orElse(number.start());
            Qualifier qualifier = number.qualifier() != null ? number.qualifier() : qualifierBefore(text, wordsStart);
            if (counted.isPresent() && counted.get().qualifier() != null) {
                qualifier = counted.get().qualifier();
            }
            Optional<PeriodMention> period = nearest(periods, number);
            Metric metric = null;
            if (unit == null && english != null) {
                unit = peopleByVerb(text, number).orElse(null);
            }
            if (unit == null) {
                FigureProposal previous = figures.isEmpty() ? null : figures.get(figures.size() - 1);
                if (previous == null || !continues(text, number, period, previous)) {
                    unitless = number;
                    continue;
                }
                unit = previous.unit();
                metric = previous.metric();
            }
            if (isConversion(text, number, figures, unit)) {
                continue;
            }
            if (metric == null) {
                metric = metric(text, number, all, unit);
            }
            PeriodMention when = period.filter(p -> !p.isLater()).orElse(null);
            // "between 120 and 160 migrants", "15-20 people": the first number of a range counts what the second
            // does; the range is the least and the most it says.
            if (unitless != null && rangeBetween(text, unitless, number)) {
                figures.add(figure(
                        sentence,
                        unitless,
                        unitless.value(),
                        Qualifier.AT_LEAST,
                        unit,
                        metric,
                        when,
                        totalOverTime,
                        countries));
                if (qualifier == Qualifier.EXACT) {
                    qualifier = Qualifier.AT_MOST;
                }
            }
            unitless = null;
            readUntil = counted.map(Counted::end).orElse(number.end());
            figures.add(figure(sentence, number, value, qualifier, unit, metric, when, totalOverTime, countries));
        }
        figures.addAll(ranks(sentence));
        figures.sort(Comparator.comparingInt(FigureProposal::numberStart));
        return figures;
    }

    private FigureProposal figure(
            Sentence sentence,
            NumberMention number,
            BigDecimal value,
            Qualifier qualifier,
            Unit unit,
            Metric metric,
            PeriodMention when,
            boolean totalOverTime,
            List<CountryMention> countries) {
        return new FigureProposal(
                value.stripTrailingZeros(),
                qualifier,
                unit,
                metric,
                when == null ? null : when.firstDay(),
                when == null ? null : when.lastDay(),
                when != null && when.range() || totalOverTime,
                countryNear(countries, number, sentence.reading()),
                sentence,
                number.start(),
                number.end());
    }

    /**
     * People a verb counts where the article leaves them out: "police arrested 8 and rescued 21", "about 40 were
     * from the Interpol Red Notice list". The verb stands right before the number, or the number is the subject of
     * a clause whose words count people.
     */
    private Optional<Unit> peopleByVerb(String text, NumberMention number) {
        String before = text.substring(0, number.start());
        Phrases.Match qualifier = qualifiers.endOf(before);
        String beforeQualifier = qualifier == null ? before : before.substring(0, qualifier.start());
        Phrases.Match verb = metrics.endOf(beforeQualifier);
        boolean verbBefore =
                verb != null && verb.end() >= beforeQualifier.stripTrailing().length() - 1;
        String after = text.substring(number.end()).toLowerCase(Locale.ROOT);
        boolean subject = SUBJECT_VERB.matcher(after).find();
        int clauseEnd = number.end();
        while (clauseEnd < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        boolean peopleCue = (verbBefore
                        ? List.of(verb)
                        : subject ? metrics.in(text.substring(number.end(), clauseEnd)) : List.<Phrases.Match>of())
                .stream()
                        .flatMap(cue -> metricsOfCue.get(cue.value()).stream())
                        .anyMatch(metric -> measures.usualUnit(metric).equals(Unit.PEOPLE));
        return peopleCue ? Optional.of(Unit.PEOPLE) : Optional.empty();
    }

    private static boolean rangeBetween(String text, NumberMention first, NumberMention second) {
        String between = text.substring(first.end(), second.start()).strip().toLowerCase(Locale.ROOT);
        return RANGE_JOINS.contains(between);
    }

    // "£300 million ($490 million)", "3410万元（约1亿1887万令吉）": the same amount in another unit, in brackets
    // after it, is no figure of its own.
    private boolean isConversion(String text, NumberMention number, List<FigureProposal> before, Unit unit) {
        if (before.isEmpty()) {
            return false;
        }
        FigureProposal previous = before.get(before.size() - 1);
        if (previous.numberEnd() > number.start()) {
            return false;
        }
        String between = text.substring(previous.numberEnd(), number.start());
        boolean bracketed = (between.contains("(") || between.contains("（"))
                && !between.contains(")")
                && !between.contains("）")
                && between.length() <= 24;
        UnitKind kind = measures.kind(unit);
        UnitKind previousKind = measures.kind(previous.unit());
        // "1.2 tonnes (2645 pounds)": a weight or a length in brackets is the same one, whatever its unit reads as.
        boolean measure = previousKind == UnitKind.MASS || previousKind == UnitKind.DISTANCE;
        return bracketed && (kind == previousKind && kind != UnitKind.COUNT || measure);
    }

    private boolean notAFigure(String text, NumberMention number, List<Word> words) {
        if (chinese != null) {
            boolean han = number.inWords();
            return han && number.qualifier() == null && !ChineseCounts.standsAlone(number, words)
                    || chinese.notAFigure(text, number, han)
                    || ChineseCounts.namesTheNamed(text, number, words);
        }
        return english.notAFigure(text, number, number.inWords()) || referredTo(text, number) || isYear(text, number);
    }

    private Optional<Counted> counted(String text, NumberMention number, List<Word> words) {
        if (chinese != null) {
            return chinese.around(text, number, words);
        }
        Optional<Counted> money = english.currencyBefore(text, number);
        if (money.isPresent()) {
            return money;
        }
        Optional<Counted> after = english.after(text, number, number.inWords());
        return after.isPresent()
                ? after
                : english.named(text, number).map(unit -> new Counted(unit, null, number.end()));
    }

    // "the two countries", "both sides": a number in words after "the" names what the text has already counted.
    private static boolean referredTo(String text, NumberMention number) {
        if (!number.inWords() || number.qualifier() != null) {
            return false;
        }
        String before =
                text.substring(Math.max(0, number.start() - 6), number.start()).toLowerCase(Locale.ROOT);
        return REFERRING.stream().anyMatch(before::endsWith);
    }

    // "in 2015", "2015's campaign": a year the period reader did not take, not a count.
    private static boolean isYear(String text, NumberMention number) {
        String digits = text.substring(number.start(), number.end());
        return digits.matches("(18|19|20)\\d\\d");
    }

    /**
     * Whether a number with no unit of its own continues the figure before it: "19 fled in 2016, compared with 31
     * in 2015", "from 75 in 2013 to 12 last year", "N this year, bringing the total to M".
     */
    private boolean continues(
            String text, NumberMention number, Optional<PeriodMention> period, FigureProposal previous) {
        boolean datedRightAfter = period.isPresent()
                && period.get().start() >= number.end()
                && period.get().start() - number.end() <= 6;
        if (previous.numberEnd() > number.start()) {
            return false;
        }
        String between = text.substring(previous.numberEnd(), number.start());
        Phrases.Match total = totals.endOf(between);
        boolean namedTotal =
                total != null && total.end() >= between.stripTrailing().length() - 1;
        return datedRightAfter || namedTotal;
    }

    private Qualifier qualifierBefore(String text, int numberStart) {
        Phrases.Match match = qualifiers.endOf(text.substring(Math.max(0, numberStart - 24), numberStart));
        return match == null ? Qualifier.EXACT : Qualifier.valueOf(match.value());
    }

    /**
     * What the number counts: the verb right before it ("detained 8", "arresting nearly 5,000"), else the nearest
     * cue after it ("2,873 fugitives were captured", "367 suspects detained"), else the nearest before it, each
     * within its clause and before or after no other number, and each fitting the unit (a metric of people for
     * people, of money for money); else what the unit itself says ("12 vessels" were deployed, "20 days" an
     * operation's length).
     */
    private Metric metric(String text, NumberMention number, List<NumberMention> all, Unit unit) {
        if (measures.kind(unit) == UnitKind.PERCENTAGE) {
            return changes.in(text).isEmpty() ? Metric.SHARE : Metric.CHANGE;
        }
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
        boolean fugitives =
                !fugitiveWords.in(text.substring(clauseStart, clauseEnd)).isEmpty();
        List<Cue> before = cues(text.substring(clauseStart, number.start()), unit, fugitives);
        if (!before.isEmpty()) {
            Cue last = before.get(before.size() - 1);
            String between = text.substring(clauseStart + last.end(), number.start());
            if (between.isBlank() || qualifiers.endOf(between) != null) {
                return last.metric();
            }
        }
        List<Cue> after = cues(text.substring(number.end(), clauseEnd), unit, fugitives);
        if (!after.isEmpty()) {
            return after.get(0).metric();
        }
        if (!before.isEmpty()) {
            return before.get(before.size() - 1).metric();
        }
        List<Cue> anywhere = cues(text, unit, fugitives);
        if (measures.kind(unit) == UnitKind.CURRENCY && !anywhere.isEmpty()) {
            // "About 8.99 billion yuan … was recovered": the sentence's verb, wherever it stands.
            return anywhere.get(0).metric();
        }
        return usualMetric(unit);
    }

    /** A word that says what a number counts, and the metric it says for a figure of that unit. */
    private record Cue(Metric metric, int start, int end) {}

    // The cues in a part of a sentence that say a metric fitting the unit; among several, one of fugitives where
    // the clause speaks of fugitives ("fugitives were caught"), another where it does not ("suspects were caught").
    private List<Cue> cues(String part, Unit unit, boolean fugitives) {
        List<Cue> found = new ArrayList<>();
        for (Phrases.Match match : metrics.in(part)) {
            List<Metric> fitting = metricsOfCue.get(match.value()).stream()
                    .filter(metric -> fits(metric, unit))
                    .toList();
            fitting.stream()
                    .filter(metric -> isOfFugitives(metric) == fugitives)
                    .findFirst()
                    .or(() -> fitting.stream().findFirst())
                    .ifPresent(metric -> found.add(new Cue(metric, match.start(), match.end())));
        }
        return found;
    }

    private static boolean isOfFugitives(Metric metric) {
        return metric.code().startsWith("FUGITIVES_") || metric.equals(Metric.RED_NOTICE_SUBJECTS);
    }

    // A metric suits a figure when it is usually given in the figure's unit, or in a unit of the same kind that is
    // not a count (money in any currency, a mass in any weight).
    private boolean fits(Metric metric, Unit unit) {
        Unit usual = measures.usualUnit(metric);
        // "2609人次": people counted once per time, by a metric of people or of trips.
        if (usual.equals(unit)
                || PERSON_TIMES.equals(unit) && (usual.equals(Unit.PEOPLE) || usual.equals(Unit.TRIPS))) {
            return true;
        }
        UnitKind kind = measures.kind(unit);
        return kind != UnitKind.COUNT && kind == measures.kind(usual);
    }

    // The one metric usually given in this unit, when there is exactly one: vessels are deployed, dens dismantled.
    private Metric usualMetric(Unit unit) {
        List<Metric> usual = measures.metricInfos().stream()
                .filter(info -> info.usualUnit().equals(unit))
                .map(Measures.MetricInfo::metric)
                .toList();
        if (usual.size() == 1) {
            return usual.get(0);
        }
        return measures.kind(unit) == UnitKind.DURATION ? new Metric("OPERATION_DURATION") : null;
    }

    private static boolean endsNumber(List<NumberMention> all, int at) {
        return all.stream().anyMatch(other -> other.end() == at);
    }

    private static boolean startsNumber(List<NumberMention> all, int at) {
        return all.stream().anyMatch(other -> other.start() == at);
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
        String text = sentence.reading();
        List<FigureProposal> found = new ArrayList<>();
        for (Phrases.Match rank : ranks.in(text)) {
            String following = text.substring(rank.end(), Math.min(text.length(), rank.end() + 80));
            List<Phrases.Match> ranked = rankMetrics.in(following);
            if (!ranked.isEmpty() && ranked.get(0).start() <= 12) {
                found.add(new FigureProposal(
                        new BigDecimal(rank.value()),
                        Qualifier.EXACT,
                        Unit.RANK,
                        new Metric(ranked.get(0).value()),
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
