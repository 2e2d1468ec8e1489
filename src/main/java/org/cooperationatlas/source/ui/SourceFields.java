package org.cooperationatlas.source.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.BeanValidator;
import org.cooperationatlas.base.ui.DateFields;
import org.cooperationatlas.source.Source;

/**
 * The fields of a source, checked by the entity's own constraints: publisher, title, publication date, address
 * and language. Used wherever a source is written down: the new-source dialog, and an article read for intake.
 */
public class SourceFields extends FormLayout {

    public final TextField publisher = new TextField();
    public final TextField title = new TextField();
    public final DatePicker publishedOn = new DatePicker();
    public final TextField url = new TextField();
    public final TextField language = new TextField();
    private final BeanValidationBinder<Source> binder = new BeanValidationBinder<>(Source.class);

    public SourceFields(Source shown) {
        publisher.setLabel(getTranslation("source.publisher"));
        publisher.setMaxLength(Source.PUBLISHER_MAX_LENGTH);
        title.setLabel(getTranslation("source.title"));
        title.setMaxLength(Source.TITLE_MAX_LENGTH);
        publishedOn.setLabel(getTranslation("source.publishedOn"));
        DateFields.localized(publishedOn);
        url.setLabel(getTranslation("source.url"));
        url.setMaxLength(Source.URL_MAX_LENGTH);
        language.setLabel(getTranslation("source.language"));
        language.setHelperText(getTranslation("source.language.help"));

        binder.forField(publisher)
                .withValidator(new BeanValidator(Source.class, "publisher"))
                .bind(Source::getPublisher, Source::setPublisher);
        binder.forField(title)
                .withValidator(new BeanValidator(Source.class, "title"))
                .bind(Source::getTitle, Source::setTitle);
        binder.forField(publishedOn)
                .withValidator(new BeanValidator(Source.class, "publishedOn"))
                .bind(Source::getPublishedOn, Source::setPublishedOn);
        binder.forField(url)
                .withNullRepresentation("")
                .withValidator(new BeanValidator(Source.class, "url"))
                .bind(Source::getUrl, Source::setUrl);
        binder.forField(language)
                .withValidator(new BeanValidator(Source.class, "language"))
                .bind(Source::getLanguage, Source::setLanguage);
        binder.readBean(shown);
        add(publisher, title, publishedOn, url, language);
        setColspan(title, 2);
    }

    /** The source as typed, if every field is valid; otherwise each invalid field says why. */
    public boolean writeIfValid(Source source) {
        return binder.writeBeanIfValid(source);
    }
}
