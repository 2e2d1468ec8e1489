package org.cooperationatlas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One phrase a row, in English and Chinese, with the figure it states: value, qualifier, unit, metric, period and
 * whether it is a total over the period ("-" where the phrase says nothing). Articles are dated 27 September 2017.
 */
@SpringBootTest
class PhraseReadingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 9, 27);

    @Autowired
    ArticleAnalyzer analyzer;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = {"/intake/phrases-en.csv", "/intake/phrases-zh.csv"},
            delimiter = '|',
            numLinesToSkip = 1)
    void each_phrase_gives_its_figure(
            String phrase,
            String value,
            String qualifier,
            String unit,
            String metric,
            String from,
            String to,
            String cumulative) {
        List<FigureProposal> figures = analyzer.analyze(phrase, PUBLISHED).figures();

        assertThat(figures).as("figures in: " + phrase).isNotEmpty();
        FigureProposal figure = figures.get(0);
        assertThat(figure.value()).as("value").isEqualByComparingTo(new BigDecimal(value));
        assertThat(figure.qualifier()).as("qualifier").isEqualTo(Qualifier.valueOf(qualifier));
        assertThat(figure.unit()).as("unit").isEqualTo(Unit.valueOf(unit));
        assertThat(figure.metric()).as("metric").isEqualTo("-".equals(metric) ? null : Metric.valueOf(metric));
        assertThat(figure.periodFrom()).as("from").isEqualTo("-".equals(from) ? null : LocalDate.parse(from));
        assertThat(figure.periodTo()).as("to").isEqualTo("-".equals(to) ? null : LocalDate.parse(to));
        assertThat(figure.cumulative()).as("cumulative").isEqualTo(Boolean.parseBoolean(cumulative));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/intake/phrases-none.csv", delimiter = '|', numLinesToSkip = 1)
    void a_text_with_no_figure_gives_none(String phrase) {
        assertThat(analyzer.analyze(phrase, PUBLISHED).figures()).isEmpty();
    }

    @Test
    void both_languages_are_told_apart_by_their_script() {
        assertThat(Language.of("Chinese police rescued 253 women and children."))
                .isEqualTo(Language.EN);
        assertThat(Language.of("中国警方解救被拐妇女儿童253名。")).isEqualTo(Language.ZH);
    }
}
