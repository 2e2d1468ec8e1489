package org.cooperationatlas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.record.RecordKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The seed article read by the intake, against the twenty figures and ten activities the atlas holds from it. */
@SpringBootTest
class SeedArticleIntakeTest {

    private static final List<Expected> FIGURES = List.of(
            figure("10", Qualifier.MORE_THAN, Unit.PEOPLE, false),
            figure("1", Qualifier.EXACT, Unit.PEOPLE, false),
            figure("5000", Qualifier.NEARLY, Unit.PEOPLE, false),
            figure("100", Qualifier.ABOUT, Unit.DENS, false),
            figure("253", Qualifier.EXACT, Unit.PEOPLE, false),
            figure("367", Qualifier.EXACT, Unit.PEOPLE, false),
            figure("2873", Qualifier.EXACT, Unit.PEOPLE, true),
            figure("90", Qualifier.MORE_THAN, Unit.COUNTRIES_AND_REGIONS, true),
            figure("476", Qualifier.EXACT, Unit.PEOPLE, true),
            figure("40", Qualifier.ABOUT, Unit.PEOPLE, true),
            figure("8990000000", Qualifier.ABOUT, Unit.CNY, true),
            figure("136000000", Qualifier.ABOUT, Unit.USD, true),
            figure("101", Qualifier.EXACT, Unit.PEOPLE, false),
            figure("31", Qualifier.EXACT, Unit.PEOPLE, false),
            figure("19", Qualifier.EXACT, Unit.PEOPLE, false),
            figure("2609", Qualifier.EXACT, Unit.TRIPS, true),
            figure("2", Qualifier.EXACT, Unit.RANK, false),
            figure("1", Qualifier.EXACT, Unit.RANK, false),
            figure("300", Qualifier.MORE_THAN, Unit.PEOPLE, false),
            figure("8000", Qualifier.EXACT, Unit.PEOPLE, false));

    // Each activity by its kind, lead and a word only its own sentences hold.
    private static final List<Activity> ACTIVITIES = List.of(
            new Activity(RecordKind.JOINT_PATROL, "CN", "Rome"),
            new Activity(RecordKind.JOINT_PATROL, "CN", "Badaling"),
            new Activity(RecordKind.JOINT_OPERATION, "CN", "porn"),
            new Activity(RecordKind.JOINT_OPERATION, "CN", "telecom fraud"),
            new Activity(RecordKind.MULTILATERAL_CAMPAIGN, "CN", "anti-abduction"),
            new Activity(RecordKind.FUGITIVE_REPATRIATION, "CN", "Fox Hunt"),
            new Activity(RecordKind.PEACEKEEPING_DEPLOYMENT, "CN", "2,609 trips"),
            new Activity(RecordKind.PEACEKEEPING_DEPLOYMENT, "CN", "permanent peacekeeping police squad"),
            new Activity(RecordKind.PEACEKEEPING_DEPLOYMENT, "CN", "8,000 troops"),
            new Activity(RecordKind.PEACEKEEPING_DEPLOYMENT, "CN", "over 300 people"));

    private static String article;

    @Autowired
    ArticleAnalyzer analyzer;

    @BeforeAll
    static void readTheArticle() throws IOException {
        try (InputStream in = SeedArticleIntakeTest.class.getResourceAsStream("/intake/seed-article.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void at_least_eighteen_of_the_twenty_figures_are_read_with_value_qualifier_unit_and_cumulative_and_few_others() {
        Analysis analysis = analyzer.analyze(article, LocalDate.of(2017, 9, 27));
        List<FigureProposal> proposed = new ArrayList<>(analysis.figures());
        List<Expected> missed = new ArrayList<>();
        for (Expected expected : FIGURES) {
            FigureProposal found =
                    proposed.stream().filter(expected::matches).findFirst().orElse(null);
            if (found == null) {
                missed.add(expected);
            } else {
                proposed.remove(found);
            }
        }
        int right = FIGURES.size() - missed.size();
        System.out.printf(
                "Seed figures: recall %d/%d, precision %d/%d; missed %s; not in the article %s%n",
                right,
                FIGURES.size(),
                right,
                right + proposed.size(),
                missed,
                proposed.stream()
                        .map(f -> f.value() + " " + f.qualifier() + " " + f.unit() + " " + f.cumulative())
                        .toList());

        assertThat(right).as("figures read right").isGreaterThanOrEqualTo(18);
        assertThat(proposed)
                .as("figures proposed that the article does not state")
                .hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void at_least_eight_of_the_ten_activities_are_proposed_with_their_kind_and_lead() {
        Analysis analysis = analyzer.analyze(article, LocalDate.of(2017, 9, 27));
        List<RecordProposal> proposals = new ArrayList<>(analysis.records());
        List<Activity> missed = new ArrayList<>();
        for (Activity activity : ACTIVITIES) {
            RecordProposal found =
                    proposals.stream().filter(activity::matches).findFirst().orElse(null);
            if (found == null) {
                missed.add(activity);
            } else {
                proposals.remove(found);
            }
        }
        System.out.printf(
                "Seed activities: %d/%d; missed %s; proposals %s%n",
                ACTIVITIES.size() - missed.size(),
                ACTIVITIES.size(),
                missed,
                analysis.records().stream()
                        .map(r -> r.kind() + " " + r.lead() + " " + r.title())
                        .toList());

        assertThat(ACTIVITIES.size() - missed.size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void every_figure_quotes_its_sentence_and_the_patrols_are_dated_and_placed_in_their_countries() {
        Analysis analysis = analyzer.analyze(article, LocalDate.of(2017, 9, 27));

        assertThat(analysis.language()).isEqualTo(Language.EN);
        assertThat(analysis.figures())
                .allSatisfy(figure -> assertThat(figure.quote())
                        .contains(figure.sentence().text().substring(figure.numberStart(), figure.numberEnd())));
        RecordProposal rome = analysis.records().stream()
                .filter(r -> r.sentences().get(0).text().contains("Rome"))
                .findFirst()
                .orElseThrow();
        assertThat(rome.start()).isEqualTo(LocalDate.of(2016, 5, 1));
        assertThat(rome.partners()).contains("IT");
        assertThat(rome.places()).extracting(PlaceProposal::name).contains("Rome", "Milan");
        assertThat(rome.evidence())
                .extracting(evidence -> evidence.field() + " " + article.substring(evidence.start(), evidence.end()))
                .contains(
                        "PERIOD May 2016",
                        "COUNTRY China",
                        "COUNTRY Italian",
                        "PLACE Rome",
                        "PLACE Milan",
                        "KIND joint patrols");
        RecordProposal skyNet = analysis.records().stream()
                .filter(r -> r.kind() == RecordKind.FUGITIVE_REPATRIATION)
                .findFirst()
                .orElseThrow();
        assertThat(skyNet.figures()).anySatisfy(figure -> {
            assertThat(figure.value()).isEqualByComparingTo("2873");
            assertThat(figure.periodFrom()).isEqualTo(LocalDate.of(2012, 1, 1));
            assertThat(figure.periodTo()).isEqualTo(LocalDate.of(2017, 3, 31));
        });
        assertThat(skyNet.figures()).anySatisfy(figure -> {
            assertThat(figure.value()).isEqualByComparingTo("101");
            assertThat(figure.periodFrom()).isEqualTo(LocalDate.of(2014, 1, 1));
        });
    }

    private static Expected figure(String value, Qualifier qualifier, Unit unit, boolean cumulative) {
        return new Expected(new BigDecimal(value), qualifier, unit, cumulative);
    }

    record Expected(BigDecimal value, Qualifier qualifier, Unit unit, boolean cumulative) {
        boolean matches(FigureProposal figure) {
            return figure.value().compareTo(value) == 0
                    && figure.qualifier() == qualifier
                    && figure.unit().equals(unit)
                    && figure.cumulative() == cumulative;
        }
    }

    record Activity(RecordKind kind, String lead, String word) {
        boolean matches(RecordProposal proposal) {
            return proposal.kind() == kind
                    && lead.equals(proposal.lead())
                    && proposal.sentences().stream()
                            .anyMatch(sentence -> sentence.text().contains(word));
        }
    }

    @Test
    void without_a_publication_date_the_articles_date_line_gives_it() {
        Analysis analysis = analyzer.analyze(article, null);

        assertThat(analysis.published()).isEqualTo(LocalDate.of(2017, 9, 27));
        assertThat(analysis.records()).hasSize(9);
    }

    @Test
    void a_chinese_article_is_read_by_the_same_engine_into_activities_with_their_figures() {
        String article = "中国警方加强国际执法合作\n\n"
                + "2016年，中国警方与东南亚国家开展打击电信诈骗联合行动，捣毁诈骗窝点约100个，抓获犯罪嫌疑人近5000名。"
                + "2012年至2017年3月，“天网”行动共追回外逃人员2873名，其中国家工作人员476名，追赃89.9亿元。"
                + "自2000年以来，中国维和警察出国执行任务2609人次。";

        Analysis analysis = analyzer.analyze(article, LocalDate.of(2017, 9, 27));

        assertThat(analysis.language()).isEqualTo(Language.ZH);
        assertThat(analysis.records())
                .extracting(RecordProposal::kind)
                .contains(
                        RecordKind.JOINT_OPERATION,
                        RecordKind.FUGITIVE_REPATRIATION,
                        RecordKind.PEACEKEEPING_DEPLOYMENT);
        assertThat(analysis.records())
                .allSatisfy(record -> assertThat(record.lead()).isEqualTo("CN"));
        assertThat(analysis.figures())
                .extracting(
                        figure -> figure.value().stripTrailingZeros().toPlainString(),
                        FigureProposal::qualifier,
                        FigureProposal::unit)
                .contains(
                        org.assertj.core.api.Assertions.tuple("100", Qualifier.ABOUT, Unit.DENS),
                        org.assertj.core.api.Assertions.tuple("5000", Qualifier.NEARLY, Unit.PEOPLE),
                        org.assertj.core.api.Assertions.tuple("2873", Qualifier.EXACT, Unit.PEOPLE),
                        org.assertj.core.api.Assertions.tuple("8990000000", Qualifier.EXACT, Unit.CNY),
                        org.assertj.core.api.Assertions.tuple("2609", Qualifier.EXACT, new Unit("PERSON_TIMES")));
    }
}
