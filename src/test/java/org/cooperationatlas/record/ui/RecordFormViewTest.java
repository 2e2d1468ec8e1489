package org.cooperationatlas.record.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.SentHtml;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.TestMeasures;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Place;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RecordFormViewTest extends KaribuTest {

    @Autowired
    TestRecords testRecords;

    @Autowired
    RecordService records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountryService countries;

    @Autowired
    TestMeasures testMeasures;

    @BeforeEach
    void signInAsEditor() {
        login("edith", Role.EDITOR);
    }

    private RecordFormView open(long id) {
        UI.getCurrent().navigate(RecordFormView.class, new RouteParameters(RecordFormView.ID, String.valueOf(id)));
        return _get(RecordFormView.class);
    }

    /** The text of the newest notification, whether it was shown as plain text or with components. */
    private String lastNotification() {
        List<Notification> shown = NotificationsKt.getNotifications();
        Notification last = shown.get(shown.size() - 1);
        String text = last.getElement().getProperty("text");
        return text != null ? text : _find(last, Span.class).get(0).getText();
    }

    @Test
    void a_reader_reads_the_record_as_a_document_with_links_and_no_form() {
        CooperationRecord record = testRecords.unsaved("Patrol <b>read</b> by readers");
        record.getSources().iterator().next().setUrl("javascript:alert(1)");
        record.getFigures().get(0).setQuote("“12 officers” joined");
        record.getPlaces().add(new Place("Monrovia", null, countries.find("LR").orElseThrow()));
        long id = records.save(record).getId();
        logout();

        RecordFormView page = open(id);
        assertThat(page.fields).isNull();
        assertThat(page.save.isVisible()).isFalse();
        String html = SentHtml.of(_get(page, RenderedHtml.class));
        assertThat(html)
                .contains("<dt>Lead country</dt><dd><a router-link href=\"countries/FR\">France</a></dd>")
                .contains("<a router-link href=\"countries/ES\">Spain</a>")
                .contains("Barcelona · <a router-link href=\"countries/ES\">Spain</a>")
                .contains("Monrovia · <a router-link href=\"countries/LR\">Liberia</a>")
                .contains("<td>12 people</td>")
                .contains("<td>“12 officers” joined</td>")
                .contains("Test Wire, 2020-03-01: About Patrol &lt;b&gt;read&lt;/b&gt; by readers")
                .doesNotContain("javascript:")
                .doesNotContain("<b>read</b>");
        assertThat(page.getPageTitle()).isEqualTo("Patrol <b>read</b> by readers");
    }

    @Test
    void an_edited_title_and_figure_are_saved() {
        CooperationRecord record = testRecords.saved("Editable patrol");
        RecordFormView form = open(record.getId());
        _setValue(form.fields.title, "Edited patrol");
        _setValue(form.figures.edit(0).value, new BigDecimal("15"));
        _click(form.save);

        CooperationRecord saved = records.get(record.getId()).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Edited patrol");
        assertThat(saved.getFigures().get(0).getValue()).isEqualByComparingTo("15");
        assertThat(lastNotification()).isEqualTo("Record saved");
    }

    @Test
    void a_figure_reads_as_a_line_until_opened_and_is_kept_or_removed_as_the_editor_chooses() {
        CooperationRecord record = testRecords.saved("Figure lines patrol");
        RecordFormView form = open(record.getId());
        assertThat(form.figures.rows()).isEmpty();
        Span headline = _get(form.figures, Span.class, spec -> spec.withClasses("atlas-figure-headline"));
        assertThat(headline.getText()).isEqualTo("Officers deployed: 12 people");
        assertThat(_get(form.figures, Span.class, spec -> spec.withClasses("atlas-figure-details"))
                        .getText())
                .contains(record.getFigures().get(0).getSource().label());

        // Saved without opening it: the figure is kept as it was.
        _setValue(form.fields.title, "Figure lines patrol, renamed");
        _click(form.save);
        CooperationRecord kept = records.get(record.getId()).orElseThrow();
        assertThat(kept.getTitle()).isEqualTo("Figure lines patrol, renamed");
        assertThat(kept.getFigures()).singleElement().satisfies(figure -> {
            assertThat(figure.getMetric()).isEqualTo(Metric.OFFICERS_DEPLOYED);
            assertThat(figure.getValue()).isEqualByComparingTo("12");
        });

        // Opened, its fields hold the figure; removed from its line, it is gone once saved.
        form = _get(RecordFormView.class);
        _click(_get(form.figures, Button.class, spec -> spec.withText("Edit")));
        assertThat(form.figures.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.value.getValue()).isEqualByComparingTo("12"));
        _click(_get(form.figures.rows().get(0), Button.class, spec -> spec.withText("Remove")));
        assertThat(form.figures.figures()).isEmpty();
        _click(form.save);
        assertThat(records.get(record.getId()).orElseThrow().getFigures()).isEmpty();
    }

    @Test
    void dates_are_written_the_international_way_with_the_calendar_in_the_readers_language() {
        CooperationRecord record = testRecords.saved("Dated patrol");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RecordFormView form = open(record.getId());
        DatePicker.DatePickerI18n calendar = form.fields.startDate.getI18n();
        assertThat(calendar.getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(calendar.getMonthNames()).startsWith("一月");
        assertThat(calendar.getWeekdays()).startsWith("星期日");
        assertThat(calendar.getToday()).isEqualTo("今天");
        assertThat(form.figures.edit(0).periodFrom.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void a_new_record_with_a_place_and_a_figure_is_created() {
        CooperationRecord template = testRecords.saved("Template patrol");
        UI.getCurrent().navigate("records/new");
        RecordFormView form = _get(RecordFormView.class);
        _setValue(form.fields.title, "Brand-new patrol");
        _setValue(form.fields.kind, template.getKind());
        _setValue(form.fields.crimeArea, template.getCrimeArea());
        _setValue(form.fields.lead, template.getLeadCountry());
        _setValue(form.fields.partners, template.getPartners());
        _setValue(form.fields.startDate, template.getStartDate());
        _setValue(form.fields.sources, template.getSources());
        FigureRow figure = form.figures.addFigure();
        _setValue(figure.metric, Metric.VICTIMS_RESCUED);
        _setValue(figure.value, new BigDecimal("7"));
        _setValue(figure.unit, Unit.PEOPLE);
        _click(form.save);

        assertThat(lastNotification()).isEqualTo("Record saved");
        Long id = jdbc.queryForObject("select id from cooperation_record where title = 'Brand-new patrol'", Long.class);
        CooperationRecord created = records.get(id).orElseThrow();
        assertThat(created.getFigures()).extracting(f -> f.getMetric()).containsExactly(Metric.VICTIMS_RESCUED);
        assertThat(created.getFigures().get(0).getSource()).isIn(template.getSources());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("records/" + id);
    }

    @Test
    void a_figure_of_a_metric_and_unit_an_administrator_added_is_entered_and_read_in_both_languages() {
        testMeasures.addPatrolBoats();
        CooperationRecord record = testRecords.saved("Patrol on the river");
        RecordFormView form = open(record.getId());
        FigureRow boats = form.figures.addFigure();
        _setValue(boats.metric, TestMeasures.PATROL_BOATS_DEPLOYED);
        assertThat(boats.unit.getValue()).isEqualTo(TestMeasures.PATROL_BOATS);
        _setValue(boats.value, new BigDecimal("12"));
        _click(form.save);
        assertThat(lastNotification()).isEqualTo("Record saved");
        assertThat(records.get(record.getId()).orElseThrow().getFigures())
                .extracting(figure ->
                        figure.getMetric().code() + " " + figure.getUnit().code())
                .containsExactly("OFFICERS_DEPLOYED PEOPLE", "PATROL_BOATS_DEPLOYED PATROL_BOATS");

        logout();
        String english = SentHtml.of(_get(open(record.getId()), RenderedHtml.class));
        assertThat(english)
                .contains("<th scope=\"row\">Patrol boats deployed</th>")
                .contains("<td>12 patrol boats</td>")
                .contains("<td>12 people</td>");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        String chinese = SentHtml.of(_get(open(record.getId()), RenderedHtml.class));
        assertThat(chinese).contains("<th scope=\"row\">出动巡逻艇</th>").contains("<td>12艘巡逻艇</td>");
    }

    @Test
    void a_fraction_of_a_count_is_refused_but_a_percentage_may_have_decimals() {
        CooperationRecord record = testRecords.saved("Patrol counted in halves");
        RecordFormView form = open(record.getId());
        FigureRow share = form.figures.addFigure();
        _setValue(share.metric, Metric.CHANGE);
        _setValue(share.unit, new Unit("PERCENT"));
        _setValue(share.value, new BigDecimal("40.5"));
        _setValue(form.figures.edit(0).value, new BigDecimal("12.5"));
        _click(form.save);
        assertThat(form.figures.rows().get(0).value.getErrorMessage()).isEqualTo("A count must be a whole number");
        assertThat(share.value.isInvalid()).isFalse();
        assertThat(records.get(record.getId()).orElseThrow().getFigures()).hasSize(1);

        _setValue(form.figures.rows().get(0).value, new BigDecimal("12"));
        _click(form.save);
        assertThat(records.get(record.getId()).orElseThrow().getFigures())
                .extracting(figure -> figure.getValue().stripTrailingZeros().toPlainString())
                .containsExactly("12", "40.5");
    }

    @Test
    void invalid_input_shows_messages_on_the_fields_and_saves_nothing() {
        CooperationRecord record = testRecords.saved("Guarded patrol");
        RecordFormView form = open(record.getId());
        _setValue(form.fields.title, "");
        _setValue(form.fields.sources, Set.of());
        _setValue(form.fields.endDate, record.getStartDate().minusYears(1));
        _setValue(form.figures.edit(0).value, new BigDecimal("-4"));
        _click(form.save);

        assertThat(form.fields.title.isInvalid()).isTrue();
        assertThat(form.fields.title.getErrorMessage()).isEqualTo("Give the record a title");
        assertThat(form.fields.sources.getErrorMessage()).isEqualTo("A record needs at least one source");
        assertThat(form.fields.endDate.getErrorMessage()).isEqualTo("The end cannot be before the start");
        assertThat(form.figures.rows().get(0).value.getErrorMessage()).isEqualTo("A value cannot be negative");
        assertThat(lastNotification()).startsWith("Nothing was saved");

        CooperationRecord unchanged = records.get(record.getId()).orElseThrow();
        assertThat(unchanged.getTitle()).isEqualTo("Guarded patrol");
        assertThat(unchanged.getEndDate()).isNull();
        assertThat(unchanged.getFigures().get(0).getValue()).isEqualByComparingTo("12");
        assertThat(unchanged.getVersion()).isEqualTo(record.getVersion());
    }

    @Test
    void a_save_after_someone_else_saved_is_refused_and_the_typed_input_stays() {
        CooperationRecord record = testRecords.saved("Shared patrol");
        RecordFormView form = open(record.getId());
        _setValue(form.fields.title, "My version of the patrol");

        CooperationRecord theirs = records.get(record.getId()).orElseThrow();
        theirs.setTitle("Their version of the patrol");
        records.save(theirs);

        _click(form.save);
        assertThat(lastNotification()).startsWith("Someone else saved this record");
        assertThat(form.fields.title.getValue()).isEqualTo("My version of the patrol");
        assertThat(records.get(record.getId()).orElseThrow().getTitle()).isEqualTo("Their version of the patrol");
    }

    @Test
    void delete_asks_first_and_then_removes_the_record() {
        CooperationRecord record = testRecords.saved("Doomed patrol");
        RecordFormView form = open(record.getId());
        _click(form.delete);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(records.get(record.getId())).isPresent();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertThat(records.get(record.getId())).isEmpty();
        assertThat(_get(RecordListView.class)).isNotNull();
    }

    @Test
    void an_unknown_record_shows_a_friendly_page_with_a_way_back() {
        UI.getCurrent().navigate("records/987654");
        assertThat(_get(RecordFormView.class).getPageTitle()).isEqualTo("Record not found");
        _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Back to records"));
    }

    @Test
    void an_editor_restores_a_deleted_record_from_the_list_of_deleted_records() {
        CooperationRecord record = testRecords.saved("Patrol deleted and found again");
        CooperationRecord latest = records.get(record.getId()).orElseThrow();
        records.delete(latest.getId(), latest.getVersion());

        UI.getCurrent().navigate(DeletedRecordsView.class);
        DeletedRecordsView deleted = _get(DeletedRecordsView.class);
        List<org.cooperationatlas.record.DeletedRecord> listed =
                com.github.mvysny.kaributesting.v10.GridKt._fetch(deleted.grid, 0, 500);
        int row = listed.stream()
                .map(org.cooperationatlas.record.DeletedRecord::id)
                .toList()
                .indexOf(record.getId());
        assertThat(row).isNotNegative();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(deleted.grid, row))
                .contains("Patrol deleted and found again", "edith");
        _click((com.vaadin.flow.component.button.Button)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(deleted.grid, row, "restore"));

        RecordFormView form = _get(RecordFormView.class);
        assertThat(form.getPageTitle()).contains("Patrol deleted and found again");
        assertThat(lastNotification()).isEqualTo("\"Patrol deleted and found again\" is back.");
    }

    @Test
    void readers_who_are_not_signed_in_are_not_told_who_edited_a_record() {
        CooperationRecord record = testRecords.saved("Patrol with an author");
        logout();

        RecordFormView form = open(record.getId());
        _get(form, com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2);

        assertThat(_find(form, com.vaadin.flow.component.html.H3.class))
                .isNotEmpty()
                .allSatisfy(heading ->
                        assertThat(heading.getText()).contains("an editor").doesNotContain("edith"));
    }
}
