package org.cooperationatlas.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cooperationatlas.intake.FigureProposal;
import org.cooperationatlas.intake.RecordProposal;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.ui.FigureText;

/** One proposed record: what the article says was done, by whom, when, with which figures; and what to do with it. */
class ProposalCard extends Section {

    final Button show = new Button();
    final Button accept = new Button();
    final Button merge = new Button();
    final Button discard = new Button();

    private final Measures measures;

    ProposalCard(
            RecordProposal proposal,
            Measures measures,
            boolean canMerge,
            SerializablePredicate<FigureProposal> alreadyInAtlas,
            SerializableConsumer<RecordProposal> onShow,
            SerializableConsumer<RecordProposal> onAccept,
            SerializableConsumer<RecordProposal> onMerge,
            SerializableConsumer<RecordProposal> onDiscard) {
        this.measures = measures;
        addClassName("atlas-card");
        add(IntakeView.heading(proposal.title()));
        Locale locale = getLocale();
        String partners = proposal.partners().stream()
                .map(iso2 -> new Locale.Builder().setRegion(iso2).build().getDisplayCountry(locale))
                .collect(Collectors.joining(", "));
        Paragraph facts = new Paragraph(getTranslation(
                "intake.facts",
                getTranslation(proposal.kind().messageKey()),
                getTranslation(proposal.crimeArea().messageKey()),
                proposal.lead() == null
                        ? "–"
                        : new Locale.Builder()
                                .setRegion(proposal.lead())
                                .build()
                                .getDisplayCountry(locale),
                partners.isEmpty() ? "–" : partners,
                period(proposal)));
        facts.addClassNames(
                LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
        add(facts);
        if (!proposal.places().isEmpty()) {
            Paragraph places = new Paragraph(getTranslation(
                    "intake.places",
                    proposal.places().stream()
                            .map(place -> getTranslation(
                                    place.known() ? "intake.place" : "intake.place.new",
                                    place.name(),
                                    new Locale.Builder()
                                            .setRegion(place.countryIso2())
                                            .build()
                                            .getDisplayCountry(locale)))
                            .collect(Collectors.joining(" · "))));
            places.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
            add(places);
        }
        UnorderedList figures = new UnorderedList();
        for (FigureProposal figure : proposal.figures()) {
            ListItem line = new ListItem(figureLine(figure));
            if (alreadyInAtlas.test(figure)) {
                Span duplicate = new Span(getTranslation("intake.duplicate"));
                duplicate.getElement().getThemeList().add("badge contrast small");
                duplicate.addClassName(LumoUtility.Margin.Left.SMALL);
                line.add(duplicate);
            }
            figures.add(line);
        }
        if (proposal.figures().isEmpty()) {
            figures.add(new ListItem(getTranslation("intake.noFigures")));
        }
        add(figures);

        show.setText(getTranslation("intake.show"));
        show.addClickListener(click -> onShow.accept(proposal));
        accept.setText(getTranslation("intake.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> onAccept.accept(proposal));
        merge.setText(getTranslation("intake.merge"));
        merge.setVisible(canMerge);
        merge.addClickListener(click -> onMerge.accept(proposal));
        discard.setText(getTranslation("intake.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> onDiscard.accept(proposal));
        for (Button button : new Button[] {show, merge, discard}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FlexLayout actions = new FlexLayout(accept, show, merge, discard);
        actions.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        add(actions);
    }

    private String figureLine(FigureProposal figure) {
        String amount = FigureText.amount(this, measures, figure.value(), figure.qualifier(), figure.unit());
        String what = figure.metric() == null
                ? getTranslation("intake.noMetric")
                : measures.label(figure.metric(), getLocale());
        String when = figure.periodFrom() == null
                ? ""
                : " · " + figure.periodFrom()
                        + (figure.periodTo() == null || figure.periodTo().equals(figure.periodFrom())
                                ? ""
                                : " – " + figure.periodTo());
        return what + ": " + amount + when + (figure.cumulative() ? " · " + getTranslation("intake.cumulative") : "");
    }

    private String period(RecordProposal proposal) {
        if (proposal.start() == null) {
            return "–";
        }
        String start = proposal.startPrecision().format(proposal.start(), getLocale());
        return proposal.end() == null
                ? start
                : start + " – " + proposal.endPrecision().format(proposal.end(), getLocale());
    }
}
