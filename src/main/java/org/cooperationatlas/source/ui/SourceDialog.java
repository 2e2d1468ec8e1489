package org.cooperationatlas.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.function.SerializableConsumer;
import org.cooperationatlas.base.ui.DateFields;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;

/** Records a new source without leaving the form that needs it. */
public class SourceDialog extends Dialog {

    final TextField publisher = new TextField();
    final TextField title = new TextField();
    final DatePicker publishedOn = new DatePicker();
    final TextField url = new TextField();
    final TextField language = new TextField();
    private final BeanValidationBinder<Source> binder = new BeanValidationBinder<>(Source.class);

    public SourceDialog(SourceService sources, SerializableConsumer<Source> onSaved) {
        setHeaderTitle(getTranslation("source.new"));
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

        binder.forField(publisher).withValidator(new BeanValidator(Source.class, "publisher"))
                .bind(Source::getPublisher, Source::setPublisher);
        binder.forField(title).withValidator(new BeanValidator(Source.class, "title"))
                .bind(Source::getTitle, Source::setTitle);
        binder.forField(publishedOn).withValidator(new BeanValidator(Source.class, "publishedOn"))
                .bind(Source::getPublishedOn, Source::setPublishedOn);
        binder.forField(url).withNullRepresentation("").withValidator(new BeanValidator(Source.class, "url"))
                .bind(Source::getUrl, Source::setUrl);
        binder.forField(language).withValidator(new BeanValidator(Source.class, "language"))
                .bind(Source::getLanguage, Source::setLanguage);
        binder.readBean(new Source());

        FormLayout form = new FormLayout(publisher, title, publishedOn, url, language);
        form.setColspan(title, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            Source source = new Source();
            if (binder.writeBeanIfValid(source)) {
                onSaved.accept(sources.save(source));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
