package org.cooperationatlas.intake.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.intake.Analysis;
import org.cooperationatlas.intake.ArticleFile;
import org.cooperationatlas.intake.IntakeService;
import org.cooperationatlas.intake.RecordProposal;
import org.cooperationatlas.intake.Sentence;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.ui.SourceFields;

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
    private final MeasureService measures;

    final TextArea article = new TextArea();
    final Upload upload;
    final SourceFields source;
    final Button read = new Button();
    final VerticalLayout proposals = new VerticalLayout();
    final Div articleView = new Div();
    final Paragraph summary = new Paragraph();
    private final List<RecordProposal> shown = new ArrayList<>();
    private Analysis analysis;

    public IntakeView(IntakeService intake, MeasureService measures) {
        this.measures = measures;
        this.intake = intake;
        article.setLabel(getTranslation("intake.article"));
        article.setHelperText(getTranslation("intake.article.help"));
        article.setMaxLength(IntakeService.MAX_TEXT_LENGTH);
        article.setWidthFull();
        article.setHeight("14em");
        upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> fill(ArticleFile.read(metadata.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".txt", "text/plain", ".html", ".htm", "text/html");

        Source blank = new Source();
        blank.setLanguage("");
        source = new SourceFields(blank);
        source.language.setHelperText(getTranslation("intake.language.help"));

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

        add(
                new ViewToolbar(getTranslation("intake.title")),
                new Paragraph(getTranslation("intake.intro")),
                article,
                upload,
                source,
                read,
                summary,
                results);
        addClassNames(LumoUtility.Padding.MEDIUM);
        setMaxWidth("90em");
    }

    private void fill(ArticleFile file) {
        article.setValue(
                file.text().length() > IntakeService.MAX_TEXT_LENGTH
                        ? file.text().substring(0, IntakeService.MAX_TEXT_LENGTH)
                        : file.text());
        if (file.title() != null) {
            source.title.setValue(cut(file.title(), Source.TITLE_MAX_LENGTH));
        }
        if (file.publisher() != null) {
            source.publisher.setValue(cut(file.publisher(), Source.PUBLISHER_MAX_LENGTH));
        }
        if (file.published() != null) {
            source.publishedOn.setValue(file.published());
        }
        if (file.url() != null) {
            source.url.setValue(cut(file.url(), Source.URL_MAX_LENGTH));
        }
    }

    private void analyze() {
        if (article.getValue().isBlank()) {
            article.setInvalid(true);
            article.setErrorMessage(getTranslation("intake.article.required"));
            return;
        }
        article.setInvalid(false);
        // "Last year" and "this year" count from the day it was published: without it, nothing is read.
        if (source.publishedOn.getValue() == null) {
            java.util.Optional<java.time.LocalDate> dateline = intake.datelineOf(article.getValue());
            if (dateline.isEmpty()) {
                source.publishedOn.setInvalid(true);
                source.publishedOn.setErrorMessage(getTranslation("intake.published.required"));
                source.publishedOn.focus();
                summary.setText(getTranslation("intake.published.ask"));
                return;
            }
            source.publishedOn.setValue(dateline.get());
            source.publishedOn.setHelperText(getTranslation("intake.published.fromDateline"));
        }
        analysis = intake.analyze(article.getValue(), source.publishedOn.getValue());
        if (source.language.getValue().isBlank()) {
            source.language.setValue(analysis.language().locale().getLanguage());
        }
        shown.clear();
        shown.addAll(analysis.records());
        summary.setText(getTranslation(
                "intake.summary",
                shown.size(),
                analysis.figures().size(),
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
        Measures known = measures.measures();
        for (int i = 0; i < shown.size(); i++) {
            proposals.add(new ProposalCard(
                    shown.get(i),
                    known,
                    i > 0,
                    intake::alreadyInAtlas,
                    this::mark,
                    this::accept,
                    this::mergeIntoPrevious,
                    this::discard));
        }
    }

    /**
     * The article with the proposal's sentences marked, its figures' numbers in bold and the words its other
     * fields came from (kind, countries, period, places) underlined by field; no proposal: the plain text.
     */
    void mark(RecordProposal proposal) {
        String text = article.getValue();
        List<Sentence> sentences = proposal == null ? List.of() : proposal.sentences();
        List<Span> spans = new ArrayList<>();
        if (proposal != null) {
            proposal.figures()
                    .forEach(figure -> spans.add(new Span(
                            figure.sentence().start() + figure.numberStart(),
                            figure.sentence().start() + figure.numberEnd(),
                            "strong",
                            null)));
            proposal.evidence()
                    .forEach(evidence -> spans.add(new Span(
                            evidence.start(),
                            evidence.end(),
                            "span",
                            "atlas-evidence atlas-evidence-"
                                    + evidence.field().name().toLowerCase(java.util.Locale.ROOT))));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder html = new StringBuilder("<div>");
        int at = 0;
        for (Sentence sentence : sentences.stream()
                .sorted(Comparator.comparingInt(Sentence::start))
                .toList()) {
            html.append(paragraphs(text.substring(at, sentence.start()))).append("<mark>");
            int inside = sentence.start();
            for (Span span : spans) {
                if (span.start() >= inside && span.end() <= sentence.end()) {
                    html.append(RenderedHtml.escape(text.substring(inside, span.start())))
                            .append(span.open())
                            .append(RenderedHtml.escape(text.substring(span.start(), span.end())))
                            .append("</")
                            .append(span.tag())
                            .append('>');
                    inside = span.end();
                }
            }
            html.append(RenderedHtml.escape(text.substring(inside, sentence.end())))
                    .append("</mark>");
            at = sentence.end();
        }
        html.append(paragraphs(text.substring(at))).append("</div>");
        Paragraph legend = new Paragraph(getTranslation("intake.legend"));
        legend.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        articleView.removeAll();
        articleView.add(legend, new Html(html.toString()));
    }

    /** A marked stretch of the article: its place, the element it is wrapped in, and that element's class. */
    private record Span(int start, int end, String tag, String cssClass) {
        String open() {
            return "<" + tag + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + ">";
        }
    }

    private static String paragraphs(String text) {
        return RenderedHtml.escape(text).replaceAll("\\R\\s*\\R", "<br><br>").replaceAll("\\R", "<br>");
    }

    private void accept(RecordProposal proposal) {
        Source cited = new Source();
        if (!source.writeIfValid(cited)) {
            Notifications.error(getTranslation("intake.source.required"));
            return;
        }
        RecordFormView.openFilled(intake.toRecord(proposal, cited, source.publishedOn.getValue()));
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
