package org.cooperationatlas.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "atlas.test.database=intake-view")
class IntakeViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private IntakeView view;

    @BeforeEach
    void openAsEditor() throws IOException {
        login("edith", Role.EDITOR);
        UI.getCurrent().navigate(IntakeView.class);
        view = _get(IntakeView.class);
        try (InputStream in = getClass().getResourceAsStream("/intake/seed-article.txt")) {
            _setValue(view.article, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void citeTheArticle() {
        _setValue(view.source.publisher, "Xinhua (read again)");
        _setValue(view.source.title, "Chinese police contribute to global security");
        _setValue(view.source.publishedOn, LocalDate.of(2017, 9, 27));
    }

    private ProposalCard card(String words) {
        return _find(view.proposals, ProposalCard.class).stream()
                .filter(card -> _find(card, com.vaadin.flow.component.html.H2.class)
                        .get(0)
                        .getText()
                        .contains(words))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_seed_articles_activities_are_proposed_and_its_figures_flagged_as_already_in_the_atlas() {
        citeTheArticle();
        _click(view.read);

        assertThat(_find(view.proposals, ProposalCard.class)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(view.summary.getText()).contains("read as English");
        assertThat(_find(card("counterparts"), com.vaadin.flow.component.html.Span.class))
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .contains("already in the atlas");
    }

    @Test
    void an_accepted_proposal_fills_the_record_form_and_nothing_is_saved_until_save() {
        _setValue(
                view.article,
                "In 2018, Chinese police worked with counterparts in Cambodia to combat telecom "
                        + "fraud, uprooting about 40 criminal dens and arresting nearly 1,200 suspects.");
        citeTheArticle();
        _click(view.read);
        int records = count("cooperation_record");
        int sources = count("source");

        _click(card("counterparts").accept);

        RecordFormView form = _get(RecordFormView.class);
        assertThat(count("cooperation_record")).isEqualTo(records);
        assertThat(count("source")).isEqualTo(sources);
        assertThat(_get(form, com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Title"))
                        .getValue())
                .startsWith("Chinese police worked with counterparts");

        _click(_get(form, Button.class, spec -> spec.withText("Save")));

        assertThat(count("cooperation_record")).isEqualTo(records + 1);
        assertThat(count("source")).isEqualTo(sources + 1);
        List<String> quotes = jdbc.queryForList(
                "select f.quote from figure f join cooperation_record r on r.id = "
                        + "f.record_id where r.title like 'Chinese police worked with counterparts%' order by f.amount",
                String.class);
        assertThat(quotes).hasSize(2).allSatisfy(quote -> assertThat(quote).contains("nearly 1,200 suspects"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from record_source rs join source s on s.id = rs.source_id "
                                + "where s.publisher = 'Xinhua (read again)'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_discarded_proposal_leaves_nothing_behind_and_merging_joins_two() {
        citeTheArticle();
        _click(view.read);
        int shown = _find(view.proposals, ProposalCard.class).size();
        int records = count("cooperation_record");

        _click(card("porn websites").discard);
        assertThat(_find(view.proposals, ProposalCard.class)).hasSize(shown - 1);
        _click(card("standby peacekeeping police force").merge);
        assertThat(_find(view.proposals, ProposalCard.class)).hasSize(shown - 2);

        assertThat(count("cooperation_record")).isEqualTo(records);
    }

    @Test
    void a_proposal_is_not_accepted_before_the_article_is_cited() {
        _click(view.read);

        _click(card("counterparts").accept);

        assertThat(_find(IntakeView.class)).hasSize(1);
        assertThat(view.source.publisher.isInvalid()).isTrue();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void an_article_without_a_date_line_is_read_only_once_its_publication_date_is_given() {
        _setValue(view.article, "中国警方今年抓获犯罪嫌疑人1200余名，同比上升40%。");
        _click(view.read);
        assertThat(view.source.publishedOn.isInvalid()).isTrue();
        assertThat(view.source.publishedOn.getErrorMessage()).isEqualTo("Enter the day the article was published");
        assertThat(_find(view.proposals, ProposalCard.class)).isEmpty();

        _setValue(view.source.publishedOn, LocalDate.of(2019, 5, 20));
        _click(view.read);
        ProposalCard proposal = _find(view.proposals, ProposalCard.class).get(0);
        assertThat(_find(proposal, com.vaadin.flow.component.html.ListItem.class))
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .anySatisfy(line -> assertThat(line).contains("1,200 people").contains("2019-01-01"))
                .anySatisfy(line -> assertThat(line).startsWith("Change from an earlier period: 40 %"));
    }

    @Test
    void a_date_line_in_the_article_stands_in_for_a_publication_date_not_entered() {
        _setValue(view.article, "2024-09-11 09:29\n公安部部长宣布，未来一年将协助培训约3000名外国执法人员。");
        _click(view.read);
        assertThat(view.source.publishedOn.getValue()).isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(_find(view.proposals, ProposalCard.class)).isNotEmpty();
    }
}
