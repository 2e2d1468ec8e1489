package org.cooperationatlas.intake.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.cooperationatlas.base.ui.DateFields;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.intake.Analysis;
import org.cooperationatlas.intake.ArticleFile;
import org.cooperationatlas.intake.FigureProposal;
import org.cooperationatlas.intake.IntakeService;
import org.cooperationatlas.intake.RecordProposal;
import org.cooperationatlas.intake.Sentence;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a news article into records to review: the editor pastes or uploads it, says where it comes from, and
 * gets the activities and figures it reports, each beside the article with the sentences it came from marked. A
 * proposal accepted opens the ordinary record form, filled and citing the article; nothing is saved before Save.
 */
@Route("intake")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(order = 3, icon = "vaadin:newspaper", title = "menu.intake")
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final IntakeService intake;

    final TextArea article = new TextArea();
    final Upload upload;
    final TextField publisher = new TextField();
    final TextField sourceTitle = new TextField();
    final DatePicker publishedOn = new DatePicker();
    final TextField url = new TextField();
    final TextField language = new TextField();
    final Button read = new Button();
    final VerticalLayout proposals = new VerticalLayout();
    final Div articleView = new Div();
    final Paragraph summary = new Paragraph();
    private final BeanValidationBinder<Source> source = new BeanValidationBinder<>(Source.class);
    private final List<RecordProposal> shown = new ArrayList<>();
    private Analysis analysis;

    public IntakeView(IntakeService intake) {
        this.intake = intake;
        article.setLabel(getTranslation("intake.article"));
        article.setHelperText(getTranslation("intake.article.help"));
        article.setMaxLength(IntakeService.MAX_TEXT_LENGTH);
        article.setWidthFull();
        article.setHeight("14em");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> fill(ArticleFile.read(metadata.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".txt", "text/plain", ".html", ".htm", "text/html");

        publisher.setLabel(getTranslation("source.publisher"));
        publisher.setMaxLength(Source.PUBLISHER_MAX_LENGTH);
        sourceTitle.setLabel(getTranslation("source.title"));
        sourceTitle.setMaxLength(Source.TITLE_MAX_LENGTH);
        publishedOn.setLabel(getTranslation("source.publishedOn"));
        DateFields.localized(publishedOn);
        url.setLabel(getTranslation("source.url"));
        url.setMaxLength(Source.URL_MAX_LENGTH);
        source.forField(publisher).withValidator(new BeanValidator(Source.class, "publisher"))
                .bind(Source::getPublisher, Source::setPublisher);
        source.forField(sourceTitle).withValidator(new BeanValidator(Source.class, "title"))
                .bind(Source::getTitle, Source::setTitle);
        source.forField(publishedOn).withValidator(new BeanValidator(Source.class, "publishedOn"))
                .bind(Source::getPublishedOn, Source::setPublishedOn);
        source.forField(url).withNullRepresentation("").withValidator(new BeanValidator(Source.class, "url"))
                .bind(Source::getUrl, Source::setUrl);
        language.setLabel(getTranslation("source.language"));
        language.setHelperText(getTranslation("intake.language.help"));
        source.forField(language).withValidator(new BeanValidator(Source.class, "language"))
                .bind(Source::getLanguage, Source::setLanguage);
        Source blank = new Source();
        blank.setLanguage("");
        source.readBean(blank);
        FormLayout sourceForm = new FormLayout(publisher, sourceTitle, publishedOn, url, language);
        sourceForm.setColspan(sourceTitle, 2);

        read.setText(getTranslation("intake.read"));
        read.setIcon(VaadinIcon.SEARCH.create());
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickListener(click -> analyze());

        proposals.setPadding(false);
        articleView.addClassName("atlas-intake-article");
        articleView.setVisible(false);
        FlexLayout results = new FlexLayout(proposals, articleView);
        results.addClassNames(LumoUtility.Gap.LARGE, LumoUtility.FlexWrap.WRAP);
        proposals.addClassName("atlas-intake-proposals");
        results.setWidthFull();

        add(new ViewToolbar(getTranslation("intake.title")), new Paragraph(getTranslation("intake.intro")), article,
                upload, sourceForm, read, summary, results);
        addClassNames(LumoUtility.Padding.MEDIUM);
        setMaxWidth("90em");
    }

    private void fill(ArticleFile file) {
        article.setValue(file.text().length() > IntakeService.MAX_TEXT_LENGTH
                ? file.text().substring(0, IntakeService.MAX_TEXT_LENGTH) : file.text());
        if (file.title() != null) {
            sourceTitle.setValue(cut(file.title(), Source.TITLE_MAX_LENGTH));
        }
        if (file.publisher() != null) {
            publisher.setValue(cut(file.publisher(), Source.PUBLISHER_MAX_LENGTH));
        }
        if (file.published() != null) {
            publishedOn.setValue(file.published());
        }
        if (file.url() != null) {
            url.setValue(cut(file.url(), Source.URL_MAX_LENGTH));
        }
    }

    private void analyze() {
        if (article.getValue().isBlank()) {
            article.setInvalid(true);
            article.setErrorMessage(getTranslation("intake.article.required"));
            return;
        }
        article.setInvalid(false);
        analysis = intake.analyze(article.getValue(), publishedOn.getValue());
        if (language.getValue().isBlank()) {
            language.setValue(analysis.language().locale().getLanguage());
        }
        shown.clear();
        shown.addAll(analysis.records());
        summary.setText(getTranslation("intake.summary", shown.size(), analysis.figures().size(),
                getTranslation("intake.language." + analysis.language().name())));
        showProposals();
        mark(null);
        articleView.setVisible(true);
    }

    private void showProposals() {
        proposals.removeAll();
        if (shown.isEmpty()) {
            proposals.add(new Paragraph(getTranslation("intake.none")));
        }
        for (int i = 0; i < shown.size(); i++) {
            proposals.add(new ProposalCard(shown.get(i), i > 0, intake::alreadyInAtlas, this::mark, this::accept,
                    this::mergeIntoPrevious, this::discard));
        }
    }

    /** The article with the proposal's sentences marked and its figures' numbers in bold (none: the plain text). */
    void mark(RecordProposal proposal) {
        String text = article.getValue();
        List<Sentence> sentences = proposal == null ? List.of() : proposal.sentences();
        List<FigureProposal> figures = proposal == null ? List.of() : proposal.figures();
        StringBuilder html = new StringBuilder("<div>");
        int at = 0;
        for (Sentence sentence : sentences.stream().sorted(Comparator.comparingInt(Sentence::start)).toList()) {
            html.append(paragraphs(text.substring(at, sentence.start())));
            html.append("<mark>").append(withNumbers(sentence, figures)).append("</mark>");
            at = sentence.end();
        }
        html.append(paragraphs(text.substring(at))).append("</div>");
        articleView.removeAll();
        articleView.add(new Html(html.toString()));
    }

    private static String withNumbers(Sentence sentence, List<FigureProposal> figures) {
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (FigureProposal figure : figures.stream().filter(f -> f.sentence().equals(sentence))
                .sorted(Comparator.comparingInt(FigureProposal::numberStart)).toList()) {
            if (figure.numberStart() < at) {
                continue;
            }
            html.append(RenderedHtml.escape(sentence.text().substring(at, figure.numberStart()))).append("<strong>")
                    .append(RenderedHtml.escape(sentence.text().substring(figure.numberStart(), figure.numberEnd())))
                    .append("</strong>");
            at = figure.numberEnd();
        }
        return html.append(RenderedHtml.escape(sentence.text().substring(at))).toString();
    }

    private static String paragraphs(String text) {
        return RenderedHtml.escape(text).replaceAll("\\R\\s*\\R", "<br><br>").replaceAll("\\R", "<br>");
    }

    private void accept(RecordProposal proposal) {
        Source cited = new Source();
        if (!source.writeBeanIfValid(cited)) {
            Notifications.error(getTranslation("intake.source.required"));
            return;
        }
        RecordFormView.openFilled(intake.toRecord(proposal, cited, publishedOn.getValue()));
    }

    private void mergeIntoPrevious(RecordProposal proposal) {
        int index = shown.indexOf(proposal);
        if (index <= 0) {
            return;
        }
        shown.set(index - 1, Merged.of(shown.get(index - 1), proposal));
        shown.remove(index);
        showProposals();
        mark(shown.get(index - 1));
    }

    private void discard(RecordProposal proposal) {
        shown.remove(proposal);
        showProposals();
        mark(null);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title") + " · " + getTranslation("app.name");
    }

    static H2 heading(String text) {
        H2 heading = new H2(text);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        return heading;
    }
}
