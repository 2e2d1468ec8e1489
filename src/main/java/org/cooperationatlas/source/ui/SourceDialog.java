package org.cooperationatlas.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;

/** Records a new source without leaving the form that needs it. */
public class SourceDialog extends Dialog {

    final SourceFields fields = new SourceFields(new Source());

    public SourceDialog(SourceService sources, SerializableConsumer<Source> onSaved) {
        setHeaderTitle(getTranslation("source.new"));
        add(fields);

        Button save = new Button(getTranslation("action.save"), click -> {
            Source source = new Source();
            if (fields.writeIfValid(source)) {
                onSaved.accept(sources.save(source));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
