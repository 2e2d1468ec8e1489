package org.cooperationatlas.record.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordLinks;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.RecordStatus;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;
import org.cooperationatlas.statistics.FigureTotal;
import org.cooperationatlas.statistics.RecordStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Two bodies' figures of one campaign for periods that nearly coincide, on the records' pages and in the totals. */
@TestPropertySource(properties = "atlas.test.database=sources-panel")
class SourcesPanelTest extends KaribuTest {

    @Autowired
    RecordService records;

    @Autowired
    RecordLinks links;

    @Autowired
    SourceService sources;

    @Autowired
    CountryService countries;

    @Autowired
    RecordStatistics statistics;

    private long disciplinary;
    private long police;

    private long record(String title, String publisher, LocalDate published, String value, String from, String to) {
        Source source = new Source();
        source.setPublisher(publisher);
        source.setTitle(title + " (report)");
        source.setPublishedOn(published);
        source.setLanguage("en");
        source = sources.save(source);
        CooperationRecord record = new CooperationRecord();
        record.setTitle(title);
        record.setKind(RecordKind.FUGITIVE_REPATRIATION);
        record.setCrimeArea(CrimeArea.CORRUPTION);
        record.setLeadCountry(countries.find("CN").orElseThrow());
        record.setPartners(Set.of());
        record.setStartDate(LocalDate.parse(from));
        record.setStartPrecision(DatePrecision.MONTH);
        record.setStatus(RecordStatus.COMPLETED);
        record.setSources(Set.of(source));
        Figure figure =
                new Figure(Metric.FUGITIVES_RETURNED, new BigDecimal(value), Qualifier.EXACT, Unit.PEOPLE, source);
        figure.setPeriodFrom(LocalDate.parse(from));
        figure.setPeriodTo(LocalDate.parse(to));
        record.addFigure(figure);
        return records.save(record).getId();
    }

    @BeforeEach
    void twoReportsOfOneCampaign() {
        login("edith", Role.EDITOR);
        disciplinary = record(
                "Overseas fugitives returned, as the disciplinary body counts them",
                "Disciplinary Commission",
                LocalDate.of(2015, 12, 20),
                "863",
                "2015-01-01",
                "2015-11-30");
        police = record(
                "Overseas fugitives returned, as the police count them",
                "Ministry of Public Security",
                LocalDate.of(2016, 1, 28),
                "857",
                "2015-04-01",
                "2015-12-31");
    }

    private SourcesPanel open(long id) {
        UI.getCurrent().navigate(RecordFormView.class, new RouteParameters(RecordFormView.ID, String.valueOf(id)));
        RecordFormView page = _get(RecordFormView.class);
        _get(page, TabSheet.class).setSelectedIndex(1);
        return _get(page, SourcesPanel.class);
    }

    private static List<String> texts(SourcesPanel panel) {
        List<String> texts = new java.util.ArrayList<>();
        _find(panel, ListItem.class).forEach(item -> texts.add(item.getText()));
        _find(panel, Paragraph.class).forEach(paragraph -> texts.add(paragraph.getText()));
        return texts;
    }

    private BigDecimal returned() {
        return statistics.figureTotals(RecordFilter.NONE.withText("overseas fugitives returned")).stream()
                .filter(total -> total.metric().equals(Metric.FUGITIVES_RETURNED))
                .map(FigureTotal::total)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    @Test
    void an_editor_links_the_two_reports_they_are_shown_side_by_side_with_their_difference_and_never_summed() {
        assertThat(returned()).isEqualByComparingTo("1720");
        SourcesPanel panel = open(police);
        assertThat(texts(panel)).contains("No other record is linked to this one as the same activity.");

        _setValue(
                panel.other,
                new org.cooperationatlas.record.RecordRow(disciplinary, "", null, null, null, null, List.of(), null));
        _click(panel.link);

        assertThat(links.linkedTo(police))
                .extracting(RecordLinks.LinkedRecord::id)
                .containsExactly(disciplinary);
        assertThat(texts(panel))
                .contains("Disciplinary Commission (Dec 20, 2015): 863 people, January 2015 – November 2015"
                        + " · in “Overseas fugitives returned, as the disciplinary body counts them”")
                .contains("Ministry of Public Security (Jan 28, 2016): 857 people, April 2015 – December 2015"
                        + " · not counted again")
                .contains("They disagree: Disciplinary Commission’s figure for January 2015 – November 2015 is 863"
                        + " people; Ministry of Public Security’s for April 2015 – December 2015, published a month"
                        + " later, is 857 people.")
                .anySatisfy(text -> assertThat(text).startsWith("linked by edith on"));
        // The later report's repeat is shown, not added: the total counts the campaign once.
        assertThat(returned()).isEqualByComparingTo("863");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        panel = open(disciplinary);
        assertThat(texts(panel)).anySatisfy(text -> assertThat(text).startsWith("各来源说法不一："));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        panel = open(disciplinary);
        _click(_find(panel, com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> "Unlink".equals(button.getText()))
                .findFirst()
                .orElseThrow());
        assertThat(links.linkedTo(disciplinary)).isEmpty();
        assertThat(returned()).isEqualByComparingTo("1720");
    }

    @Test
    void a_reader_sees_what_the_sources_say_but_cannot_link() {
        login("edith", Role.EDITOR);
        links.link(disciplinary, police);
        logout();
        SourcesPanel panel = open(disciplinary);
        assertThat(texts(panel)).anySatisfy(text -> assertThat(text).startsWith("They disagree:"));
        assertThat(panel.link.isAttached()).isFalse();
        login("edith", Role.EDITOR);
        links.unlink(disciplinary, police);
    }

    @Test
    void the_countrys_page_says_that_the_sources_disagree_and_the_overview_knows_where() {
        logout();
        UI.getCurrent().navigate("countries/CN");
        assertThat(_find(_get(org.cooperationatlas.explore.ui.CountryProfileView.class), Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("They disagree: Disciplinary Commission’s figure"));

        assertThat(statistics.disagreements(RecordFilter.NONE.withText("overseas fugitives returned")))
                .isNotEmpty()
                .allSatisfy(account -> assertThat(account.testimonies()).hasSizeGreaterThanOrEqualTo(2));
    }
}
