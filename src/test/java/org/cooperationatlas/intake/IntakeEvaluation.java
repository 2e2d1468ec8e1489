package org.cooperationatlas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How well the intake reads real published articles: for each article of {@code intake/evaluation/articles.csv},
 * its text (fetched from its address into the ignored folder {@code intake-articles/} when it is not there yet) is
 * read against its publication date and what the intake proposes is held against the figures and records the
 * article states ({@code figures.csv}, {@code records.csv}: facts, never the text).
 *
 * <p>A figure is found when a proposed figure has its value, qualifier and unit (a value in another unit of the
 * same kind counts: three weeks are 21 days); a proposed figure is spurious when no stated figure has its value and
 * unit. Each record is held against the proposal that carries most of its figures: kind, lead country, partners,
 * places and start. Run with {@code ./mvnw -Pbenchmark test -Dtest=IntakeEvaluation}; {@code
 * -Dintake.segmenter=icu} reads the Chinese ones with ICU's word breaking instead of HanLP's; {@code
 * -Dintake.only=en-a-03} reads one article and prints what went wrong in it, {@code -Dintake.details=true} does so
 * for every article.
 */
@Tag("benchmark")
@SpringBootTest
@org.springframework.context.annotation.Import(IntakeEvaluation.Segmenters.class)
class IntakeEvaluation {

    /** {@code -Dintake.segmenter=icu} reads Chinese with ICU's word breaking instead of HanLP's, to compare them. */
    @org.springframework.boot.test.context.TestConfiguration
    static class Segmenters {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
                name = "intake.segmenter",
                havingValue = "icu")
        ChineseWords icuWords() {
            return new IcuWords();
        }
    }

    private static final Path TEXTS = Path.of(System.getProperty("intake.articles", "intake-articles"));
    private static final String ONLY = System.getProperty("intake.only", "");
    private static final boolean DETAILS = !ONLY.isEmpty() || Boolean.getBoolean("intake.details");

    @Autowired
    ArticleAnalyzer analyzer;

    @Autowired
    MeasureService measureService;

    private Measures measures;

    record Article(String id, String language, LocalDate published, String publisher, String url) {
        /**
         * Which part of the evaluation the article is in: four collections were read while the intake was built,
         * three held out and only measured, and the last gathered after the intake was done.
         */
        String part() {
            char collection = id.charAt(3);
            if (collection == 'h') {
                return "gathered afterwards ";
            }
            return collection == 'b' || collection == 'd' || collection == 'f' ? "held out " : "tuned on ";
        }
    }

    record Stated(
            String id, BigDecimal value, Qualifier qualifier, Unit unit, String metric, String from, String about) {}

    record StatedRecord(
            String id,
            String kind,
            String lead,
            Set<String> partners,
            List<String> places,
            String from,
            Set<Integer> figures) {}

    static final class Score {
        int stated;
        int found;
        int spurious;
        int proposed;
        int articles;
        int metricsRight;
        int records;
        int kindsRight;
        int leadsRight;
        double partnersF1;
        int places;
        int placesFound;
        int startsRight;

        void add(Score other) {
            stated += other.stated;
            found += other.found;
            spurious += other.spurious;
            proposed += other.proposed;
            articles += other.articles;
            metricsRight += other.metricsRight;
            records += other.records;
            kindsRight += other.kindsRight;
            leadsRight += other.leadsRight;
            partnersF1 += other.partnersF1;
            places += other.places;
            placesFound += other.placesFound;
            startsRight += other.startsRight;
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d of %d (%.0f %%) | %d (%.2f per article) | %.0f %% | %d | %.0f %% | %.0f %% | %.2f"
                            + " | %d of %d | %.0f %% |",
                    name,
                    articles,
                    found,
                    stated,
                    100.0 * found / Math.max(1, stated),
                    spurious,
                    (double) spurious / Math.max(1, articles),
                    100.0 * metricsRight / Math.max(1, found),
                    records,
                    100.0 * kindsRight / Math.max(1, records),
                    100.0 * leadsRight / Math.max(1, records),
                    partnersF1 / Math.max(1, records),
                    placesFound,
                    places,
                    100.0 * startsRight / Math.max(1, records));
        }
    }

    @Test
    void read_every_article_of_the_evaluation() throws Exception {
        measures = measureService.measures();
        List<Article> articles = articles();
        Map<String, List<Stated>> figures = figures();
        Map<String, List<StatedRecord>> records = records();
        Map<String, Score> totals = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int read = 0;
        for (Article article : articles) {
            if (!ONLY.isEmpty() && !article.id().startsWith(ONLY)) {
                continue;
            }
            Optional<String> text = text(article);
            if (text.isEmpty()) {
                lines.add("| " + article.id() + " | text not available |");
                continue;
            }
            read++;
            Analysis analysis = analyzer.analyze(text.get(), article.published());
            Score score = score(
                    article,
                    analysis,
                    figures.getOrDefault(article.id(), List.of()),
                    records.getOrDefault(article.id(), List.of()));
            lines.add(String.format(
                    Locale.ROOT, "| %s | %d of %d | %d |", article.id(), score.found, score.stated, score.spurious));
            for (String group : List.of("all", article.language(), article.part() + article.language())) {
                totals.computeIfAbsent(group, key -> new Score()).add(score);
            }
        }
        System.out.println("| article | found | spurious |");
        System.out.println("|---|---|---|");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("| articles | n | figures found | spurious | metric right | records | kind | lead |"
                + " partners F1 | places | start |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        totals.forEach((name, score) -> System.out.println(score.line(name)));
        assertThat(read).isPositive();
    }

    private Score score(Article article, Analysis analysis, List<Stated> stated, List<StatedRecord> statedRecords) {
        Score score = new Score();
        score.articles = 1;
        List<FigureProposal> proposed = new ArrayList<>();
        for (FigureProposal figure : analysis.figures()) {
            if (proposed.stream()
                    .noneMatch(other -> other.sentence().equals(figure.sentence())
                            && other.numberStart() == figure.numberStart())) {
                proposed.add(figure);
            }
        }
        score.proposed = proposed.size();
        List<Stated> countable = stated.stream().filter(s -> s.value() != null).toList();
        score.stated = countable.size();
        Map<Stated, FigureProposal> matched = new LinkedHashMap<>();
        List<FigureProposal> unused = new ArrayList<>(proposed);
        for (Stated figure : countable) {
            unused.stream()
                    .filter(p -> same(p.value(), p.unit(), figure.value(), figure.unit())
                            && p.qualifier() == figure.qualifier())
                    .findFirst()
                    .ifPresent(p -> {
                        matched.put(figure, p);
                        unused.remove(p);
                    });
        }
        score.found = matched.size();
        score.metricsRight = (int) matched.entrySet().stream()
                .filter(e -> e.getValue().metric() != null
                        && e.getValue().metric().code().equals(e.getKey().metric()))
                .count();
        List<FigureProposal> spurious = unused.stream()
                .filter(p -> countable.stream().noneMatch(s -> same(p.value(), p.unit(), s.value(), s.unit())))
                .toList();
        score.spurious = spurious.size();
        if (DETAILS) {
            System.out.println("== " + article.id() + " published " + analysis.published());
            for (Stated figure : countable) {
                if (!matched.containsKey(figure)) {
                    System.out.println("MISSED " + figure.value().toPlainString() + " " + figure.qualifier() + " "
                            + figure.unit().code() + " (" + figure.about() + ")");
                }
            }
            for (FigureProposal figure : spurious) {
                System.out.println("SPURIOUS " + figure.value().toPlainString() + " " + figure.qualifier() + " "
                        + figure.unit().code() + " " + figure.metric() + " in: "
                        + figure.quote()
                                .substring(
                                        Math.max(0, figure.numberStart() - 40),
                                        Math.min(figure.quote().length(), figure.numberEnd() + 40)));
            }
            for (FigureProposal figure : unused) {
                if (!spurious.contains(figure)) {
                    System.out.println("WRONG QUALIFIER " + figure.value().toPlainString() + " " + figure.qualifier()
                            + " " + figure.unit().code());
                }
            }
        }
        for (StatedRecord record : statedRecords) {
            score.records++;
            Set<FigureProposal> itsFigures = record.figures().stream()
                    .filter(n -> n >= 1 && n <= stated.size())
                    .map(n -> matched.get(stated.get(n - 1)))
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            RecordProposal best = analysis.records().stream()
                    .max(java.util.Comparator.comparingLong((RecordProposal p) ->
                            p.figures().stream().filter(itsFigures::contains).count()))
                    .orElse(null);
            if (best == null) {
                continue;
            }
            if (best.kind().name().equals(record.kind())) {
                score.kindsRight++;
            }
            if (record.lead().equals(best.lead())) {
                score.leadsRight++;
            }
            score.partnersF1 += f1(record.partners(), best.partners());
            score.places += record.places().size();
            for (String place : record.places()) {
                if (best.places().stream()
                        .anyMatch(known -> place.toLowerCase(Locale.ROOT)
                                .startsWith(known.name().toLowerCase(Locale.ROOT)))) {
                    score.placesFound++;
                }
            }
            if (best.start() != null
                    && !record.from().isEmpty()
                    && best.start().toString().startsWith(record.from())) {
                score.startsRight++;
            }
            if (DETAILS) {
                System.out.println("RECORD " + record + " -> " + best.kind() + " " + best.lead() + " " + best.partners()
                        + " " + best.places().stream().map(p -> p.name()).toList() + " " + best.start());
            }
        }
        return score;
    }

    private static double f1(Set<String> stated, Set<String> proposed) {
        if (stated.isEmpty() && proposed.isEmpty()) {
            return 1;
        }
        long common = stated.stream().filter(proposed::contains).count();
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / proposed.size();
        double recall = (double) common / stated.size();
        return 2 * precision * recall / (precision + recall);
    }

    /** The same amount: the same unit, or units of one kind whose values convert into each other. */
    private boolean same(BigDecimal value, Unit unit, BigDecimal otherValue, Unit otherUnit) {
        if (unit == null || otherUnit == null) {
            return false;
        }
        if (unit.equals(otherUnit)) {
            return value.compareTo(otherValue) == 0;
        }
        UnitKind kind = measures.kind(unit);
        if (kind != measures.kind(otherUnit) || !CONVERSIONS.containsKey(unit) || !CONVERSIONS.containsKey(otherUnit)) {
            return false;
        }
        BigDecimal one = value.multiply(CONVERSIONS.get(unit));
        BigDecimal other = otherValue.multiply(CONVERSIONS.get(otherUnit));
        return one.subtract(other).abs().compareTo(one.abs().multiply(new BigDecimal("0.005"))) <= 0;
    }

    private static final Map<Unit, BigDecimal> CONVERSIONS = Map.of(
            new Unit("METRES"), new BigDecimal("0.001"),
            new Unit("KILOMETRES"), BigDecimal.ONE,
            new Unit("GRAMS"), new BigDecimal("0.001"),
            new Unit("KILOGRAMS"), BigDecimal.ONE,
            new Unit("TONNES"), new BigDecimal("1000"),
            new Unit("DAYS"), BigDecimal.ONE,
            new Unit("WEEKS"), new BigDecimal("7"));

    private Optional<String> text(Article article) throws IOException, InterruptedException {
        Path file = TEXTS.resolve(article.id() + ".txt");
        if (!Files.exists(file)) {
            fetch(article, file);
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        int body = lines.indexOf("");
        for (String line : lines.subList(0, Math.max(0, body))) {
            // The title as printed opens the article, as it does on the page; a note in its place does not.
            if (line.startsWith("title:")) {
                String title = line.substring("title:".length()).strip();
                if (!title.startsWith("(") && !title.startsWith("[")) {
                    text.append(title).append("\n\n");
                }
            }
        }
        lines.subList(body + 1, lines.size()).forEach(line -> text.append(line).append('\n'));
        return Optional.of(text.toString());
    }

    // The page at the article's address, read as the intake's upload reads a page, with the header the folder's
    // files have; nothing is written when the address cannot be reached.
    private static void fetch(Article article, Path file) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            HttpResponse<byte[]> page = client.send(
                    HttpRequest.newBuilder(URI.create(article.url()))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (page.statusCode() != 200) {
                return;
            }
            String text = ArticleFile.read(article.url().replaceAll("[?#].*", "") + ".html", page.body())
                    .text();
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    "url: " + article.url() + "\npublisher: " + article.publisher() + "\npublished: "
                            + article.published() + "\n\n" + text,
                    StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException unreachable) {
            // Machines without the internet read the folder only.
        }
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (var in = IntakeEvaluation.class.getResourceAsStream("/intake/evaluation/" + name)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        }
    }

    private static List<Article> articles() throws IOException {
        return csv("articles.csv").stream()
                .map(row -> new Article(
                        row.get("id"),
                        row.get("language"),
                        LocalDate.parse(row.get("published")),
                        row.get("publisher"),
                        row.get("url")))
                .toList();
    }

    private static Map<String, List<Stated>> figures() throws IOException {
        Map<String, List<Stated>> figures = new LinkedHashMap<>();
        for (CSVRecord row : csv("figures.csv")) {
            String value = row.get("value");
            List<Stated> article = figures.computeIfAbsent(row.get("id"), id -> new ArrayList<>());
            // A range ("120-160") is stated as its least and its most.
            String[] bounds = value.matches("[0-9.]+-[0-9.]+") ? value.split("-") : new String[] {value};
            for (int i = 0; i < bounds.length; i++) {
                article.add(new Stated(
                        row.get("id"),
                        new BigDecimal(bounds[i]).setScale(6, RoundingMode.HALF_UP),
                        bounds.length == 1
                                ? Qualifier.valueOf(row.get("qualifier"))
                                : i == 0 ? Qualifier.AT_LEAST : Qualifier.AT_MOST,
                        new Unit(row.get("unit")),
                        row.get("metric"),
                        row.get("period_from"),
                        row.get("about")));
            }
        }
        return figures;
    }

    private static Map<String, List<StatedRecord>> records() throws IOException {
        Map<String, List<StatedRecord>> records = new LinkedHashMap<>();
        for (CSVRecord row : csv("records.csv")) {
            records.computeIfAbsent(row.get("id"), id -> new ArrayList<>())
                    .add(new StatedRecord(
                            row.get("id"),
                            row.get("kind"),
                            row.get("lead"),
                            split(row.get("partners"), ";"),
                            List.copyOf(split(row.get("places"), ";")).stream()
                                    .map(place -> place.replaceAll(",\\s*[A-Z]{2}$", "")
                                            .strip())
                                    .toList(),
                            row.get("period_from"),
                            split(row.get("figures"), ";").stream()
                                    .filter(n -> n.matches("\\d+"))
                                    .map(Integer::valueOf)
                                    .collect(Collectors.toSet())));
        }
        return records;
    }

    private static Set<String> split(String text, String separator) {
        return java.util.Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
