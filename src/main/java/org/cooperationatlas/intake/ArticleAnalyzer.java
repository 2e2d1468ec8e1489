package org.cooperationatlas.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.KnownPlace;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordService;
import org.springframework.stereotype.Service;

/**
 * Reads a news article, English or Chinese, into proposed records and figures, each with the sentences it came
 * from. No network and no model: a lexicon per language (resources intake/), and the same engine for both. The
 * editor reviews every proposal; nothing is saved here.
 */
@Service
public class ArticleAnalyzer {

    // How much text an article has at least before the lists beside it begin, and how long their lines are.
    private static final int MIN_ARTICLE = 200;
    private static final int HEADLINE_LENGTH = 60;

    private static final java.util.regex.Pattern STAMP =
            java.util.regex.Pattern.compile("\\b((?:19|20)\\d\\d)(?:-|/|年)(\\d{1,2})(?:-|/|月)(\\d{1,2})(?:日|\\b)");

    // How far into an article its date line may stand.
    private static final int DATELINE_WITHIN = 600;

    private final CountryService countries;
    private final RecordService records;
    private final Map<Language, CountryWords> countryWords = new EnumMap<>(Language.class);

    private final MeasureService measures;
    private final ChineseWords chineseWords;

    ArticleAnalyzer(
            CountryService countries, RecordService records, MeasureService measures, ChineseWords chineseWords) {
        this.measures = measures;
        this.chineseWords = chineseWords;
        this.countries = countries;
        this.records = records;
    }

    /**
     * The day its date line says the article was published ("Updated: September 27, 2017", "2024-09-11 09:29"), if
     * its opening lines give one.
     */
    public java.util.Optional<LocalDate> datelineOf(String text) {
        Language language = Language.of(text);
        return dateline(Sentences.of(text, reading(text, language), language), language);
    }

    /**
     * The article read against its publication date, which "last year" and "since 2000" are counted to; without
     * one, against the date its date line gives. An article with neither cannot be read: "this year" would fall on
     * whatever year it is read in.
     */
    public Analysis analyze(String text, LocalDate givenDate) {
        Language language = Language.of(text);
        String reading = withoutFurniture(reading(text, language), language);
        List<Sentence> sentences = Sentences.of(text, reading, language);
        LocalDate published = givenDate != null
                ? givenDate
                : dateline(sentences, language)
                        .orElseThrow(() -> new IllegalArgumentException("The article's publication date is needed"));
        CountryWords names = countryWords(language);
        Periods periods = new Periods(language, published);
        FigureReader figures =
                new FigureReader(language, measures.measures(), chineseWords, mostNamed(sentences, names));
        Lexicon lexicon = Lexicon.of(language);
        Phrases kinds = lexicon.phrases("kind.", language);
        Phrases areas = lexicon.phrases("area.", language);
        Phrases newActivity = new Phrases(Map.of("yes", lexicon.list("newactivity")), language);
        // Places the atlas already holds, by name: a gazetteer that grows with every record.
        Map<String, KnownPlace> known = new java.util.HashMap<>();
        records.knownPlaces()
                .forEach(place -> known.putIfAbsent(place.name().toLowerCase(java.util.Locale.ROOT), place));
        Phrases places =
                new Phrases(known.keySet().stream().collect(Collectors.toMap(name -> name, List::of)), language);

        String mainCountry = mostNamed(sentences, names);
        PlaceReader placeNames = new PlaceReader(language, chineseWords);
        Phrases actors = new Phrases(Map.of("yes", lexicon.list("actorafter")), language);
        List<PlaceProposal> placesBefore = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (Sentence sentence : sentences) {
            List<PeriodMention> named = periods.in(sentence.reading());
            List<CountryMention> mentioned = names.in(sentence.reading());
            List<PlaceProposal> placesHere = new ArrayList<>();
            for (Phrases.Match place : places.in(sentence.reading())) {
                KnownPlace atlas = known.get(place.value());
                placesHere.add(new PlaceProposal(atlas.name(), atlas.locality(), atlas.countryIso2(), true));
            }
            for (PlaceReader.PlaceMention place : placeNames.in(sentence.reading(), mentioned, mainCountry)) {
                if (placesHere.stream().noneMatch(other -> other.name().equalsIgnoreCase(place.name()))
                        && !known.containsKey(place.name().toLowerCase(java.util.Locale.ROOT))) {
                    placesHere.add(new PlaceProposal(place.name(), null, place.countryIso2(), false));
                }
            }
            List<FigureProposal> read = figures.in(sentence, named, mentioned);
            RecordKind kind = firstKind(kinds, sentence.reading());
            PeriodMention period = named.isEmpty() ? null : named.get(0);
            if (period != null && period.isLater() && current != null && current.period != null) {
                period = PeriodMention.point(
                        current.period.firstDay().plusYears(period.laterYears()),
                        DatePrecision.YEAR,
                        period.start(),
                        period.end());
            }
            boolean nothingDatedYet = drafts.stream().noneMatch(Draft::saysSomething);
            if (startsActivity(
                    current, kind, period, !newActivity.in(sentence.reading()).isEmpty(), nothingDatedYet)) {
                current = new Draft(kind);
                drafts.add(current);
            } else if (current == null && !read.isEmpty()) {
                // Figures before any activity the lexicon knows are proposed all the same, as of an "other" kind.
                current = new Draft(RecordKind.OTHER);
                drafts.add(current);
            }
            if (current == null) {
                // "BEIJING, Dec. 13 (Xinhua) --": the places of the opening lines are the first activity's.
                placesBefore.addAll(placesHere);
                continue;
            }
            if (!placesBefore.isEmpty()) {
                current.places.addAll(placesBefore);
                placesBefore.clear();
            }
            current.places.addAll(placesHere);
            current.add(sentence, period, mentioned, read, areas.in(sentence.reading()));
            // "Italian police", "中国警方": a country that acts, as the lead is.
            for (CountryMention country : mentioned) {
                Phrases.Match actor = actors.startOf(sentence.reading().substring(country.end()));
                if (actor != null && actor.start() <= 3) {
                    current.acting.merge(country.iso2(), 1, Integer::sum);
                }
            }
            for (Phrases.Match word : kinds.in(sentence.reading())) {
                current.evidence.add(new Evidence(
                        sentence.start() + word.start(), sentence.start() + word.end(), Evidence.Field.KIND));
            }
            for (CountryMention country : mentioned) {
                current.evidence.add(new Evidence(
                        sentence.start() + country.start(), sentence.start() + country.end(), Evidence.Field.COUNTRY));
            }
            for (PeriodMention mention : named) {
                current.evidence.add(new Evidence(
                        sentence.start() + mention.start(), sentence.start() + mention.end(), Evidence.Field.PERIOD));
            }
            for (Phrases.Match place : places.in(sentence.reading())) {
                current.evidence.add(new Evidence(
                        sentence.start() + place.start(), sentence.start() + place.end(), Evidence.Field.PLACE));
            }
        }

        List<RecordProposal> records = drafts.stream()
                .filter(Draft::saysSomething)
                .map(draft -> draft.proposal(mainCountry, language))
                .toList();
        return new Analysis(language, published, sentences, records);
    }

    /**
     * The reading with a page's furniture blanked out, letter for letter: a line, a third or more into the text,
     * that begins like the lists pages put beside an article ("阅读全文", "相关新闻", "Related articles"), and the
     * short headline-like lines after it, up to the next paragraph of the article.
     */
    private static String withoutFurniture(String text, Language language) {
        List<String> ends = Lexicon.of(language).list("articleend");
        StringBuilder kept = new StringBuilder(text.length());
        boolean inList = false;
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            String lower = line.strip().toLowerCase(java.util.Locale.ROOT);
            boolean marker = lineStart >= MIN_ARTICLE
                    && lineStart * 3 >= text.length()
                    && !lower.isEmpty()
                    && ends.stream().anyMatch(lower::startsWith);
            if (marker) {
                inList = true;
            } else if (inList && !lower.isEmpty() && !headlineLike(lower)) {
                inList = false;
            }
            kept.append(inList ? " ".repeat(line.length()) : line);
            lineStart += line.length() + 1;
            if (lineStart <= text.length()) {
                kept.append('\n');
            }
        }
        return kept.toString();
    }

    // A headline in a list of other stories: short, with no full stop of a sentence inside or at its end.
    private static boolean headlineLike(String line) {
        return line.length() <= HEADLINE_LENGTH && !line.matches(".*[。.!?！？]$");
    }

    // The country the article names most, which settles what its "$" and "元" stand for.
    private static String mostNamed(List<Sentence> sentences, CountryWords names) {
        return sentences.stream()
                .flatMap(sentence -> names.in(sentence.reading()).stream())
                .collect(Collectors.groupingBy(CountryMention::iso2, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /**
     * The text as the intake reads it, letter for letter: full-width digits and signs as ASCII ("１２３" is 123),
     * traditional Chinese as simplified.
     */
    private String reading(String text, Language language) {
        StringBuilder reading = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                reading.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                reading.append(' ');
            } else {
                reading.append(c);
            }
        }
        return language == Language.ZH ? chineseWords.simplified(reading.toString()) : reading.toString();
    }

    // The first full date among the article's opening lines, where news sites print when they published it.
    private static java.util.Optional<LocalDate> dateline(List<Sentence> sentences, Language language) {
        Periods anyDay = new Periods(language, LocalDate.of(1, 1, 1));
        for (Sentence sentence : sentences) {
            if (sentence.start() >= DATELINE_WITHIN) {
                break;
            }
            // "2024-09-11 09:29", "2024/9/11", "2024年9月11日": a page's time stamp.
            java.util.regex.Matcher stamp = STAMP.matcher(sentence.reading());
            if (stamp.find()) {
                try {
                    return java.util.Optional.of(LocalDate.of(
                            Integer.parseInt(stamp.group(1)),
                            Integer.parseInt(stamp.group(2)),
                            Integer.parseInt(stamp.group(3))));
                } catch (java.time.DateTimeException notADay) {
                    // Digits that only look like a day.
                }
            }
            java.util.Optional<LocalDate> day = anyDay.in(sentence.reading()).stream()
                    .filter(period -> period.fromPrecision() == DatePrecision.DAY && period.to() == null)
                    .map(PeriodMention::from)
                    .findFirst();
            if (day.isPresent()) {
                return day;
            }
        }
        return java.util.Optional.empty();
    }

    // A sentence that says what was done starts an activity when none is open, when it is of another kind, when
    // it dates itself outside the open one's period, or when it launches, sets up or first does something.
    private static boolean startsActivity(
            Draft current, RecordKind kind, PeriodMention period, boolean somethingNew, boolean nothingDatedYet) {
        if (kind == null) {
            return false;
        }
        if (current == null || current.kind != kind || somethingNew) {
            return true;
        }
        // An opening that said nothing datable ("Chinese police have been conducting patrols overseas") gives way
        // to the first dated account of the same kind.
        if (nothingDatedYet
                && current.period == null
                && current.figures.isEmpty()
                && period != null
                && !period.isLater()) {
            return true;
        }
        return period != null && current.period != null && !period.within(current.period);
    }

    private static RecordKind firstKind(Phrases kinds, String sentence) {
        // The lexicon lists kinds from the most to the least specific.
        Set<String> found =
                kinds.in(sentence).stream().map(Phrases.Match::value).collect(Collectors.toSet());
        return Lexicon.kindOrder().stream()
                .filter(kind -> found.contains(kind.name()))
                .findFirst()
                .orElse(null);
    }

    private synchronized CountryWords countryWords(Language language) {
        return countryWords.computeIfAbsent(
                language, key -> new CountryWords(key, countries.all(), countries.aliases()));
    }

    /** An activity while its sentences are read. */
    private static final class Draft {
        private final RecordKind kind;
        private PeriodMention period;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<FigureProposal> figures = new ArrayList<>();
        private final Map<CrimeArea, Integer> areas = new EnumMap<>(CrimeArea.class);
        private final Set<PlaceProposal> places = new LinkedHashSet<>();
        private final Map<String, Integer> acting = new java.util.HashMap<>();
        private final List<Evidence> evidence = new ArrayList<>();

        Draft(RecordKind kind) {
            this.kind = kind;
        }

        void add(
                Sentence sentence,
                PeriodMention named,
                List<CountryMention> mentioned,
                List<FigureProposal> read,
                List<Phrases.Match> areaWords) {
            sentences.add(sentence);
            if (period == null && named != null && !named.isLater()) {
                period = named;
            }
            mentioned.forEach(country -> countries.add(country.iso2()));
            areaWords.forEach(word -> areas.merge(CrimeArea.valueOf(word.value()), 1, Integer::sum));
            for (FigureProposal figure : read) {
                // A figure the sentence does not date is dated by its activity, and is a total when that is a range.
                figures.add(
                        figure.periodFrom() != null || period == null
                                ? figure
                                : new FigureProposal(
                                        figure.value(),
                                        figure.qualifier(),
                                        figure.unit(),
                                        figure.metric(),
                                        period.firstDay(),
                                        period.lastDay(),
                                        figure.cumulative() || period.range(),
                                        figure.countryIso2(),
                                        figure.sentence(),
                                        figure.numberStart(),
                                        figure.numberEnd()));
            }
        }

        boolean saysSomething() {
            return period != null || !figures.isEmpty();
        }

        RecordProposal proposal(String mainCountry, Language language) {
            // The lead is the country the article shows acting most ("Thai police arrested…"); among equals, the
            // article's main country, else the first named.
            String lead = acting.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> entry) -> entry.getValue())
                            .thenComparing(entry -> entry.getKey().equals(mainCountry) ? 1 : 0))
                    .map(Map.Entry::getKey)
                    .orElse(
                            countries.contains(mainCountry)
                                    ? mainCountry
                                    : countries.stream().findFirst().orElse(null));
            Set<String> partners = new LinkedHashSet<>(countries);
            partners.remove(lead);
            CrimeArea area = areas.entrySet().stream()
                    .max(Comparator.comparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey)
                    .orElse(CrimeArea.OTHER);
            return new RecordProposal(
                    Titles.of(sentences.get(0).text(), language),
                    kind,
                    area,
                    lead,
                    partners,
                    List.copyOf(places),
                    period == null ? null : period.from(),
                    period == null ? null : period.fromPrecision(),
                    period == null ? null : period.to(),
                    period == null ? null : period.toPrecision(),
                    List.copyOf(figures),
                    List.copyOf(sentences),
                    List.copyOf(evidence));
        }
    }
}
