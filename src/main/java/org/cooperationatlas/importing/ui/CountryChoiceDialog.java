package org.cooperationatlas.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.cooperationatlas.country.Country;

/** Asks which country a name the dry run did not know stands for; the choice is kept as another name for it. */
class CountryChoiceDialog extends Dialog {

    final ComboBox<Country> country = new ComboBox<>();
    final Button treat = new Button();

    CountryChoiceDialog(String name, List<Country> countries, SerializableConsumer<String> onChosen) {
        setHeaderTitle(getTranslation("import.treatAs", name));
        country.setLabel(getTranslation("aliases.country"));
        country.setItems(countries.stream()
                .sorted(Comparator.comparing(
                        value -> value.displayName(getLocale()), Collator.getInstance(getLocale())))
                .toList());
        country.setItemLabelGenerator(value -> value.displayName(getLocale()) + " (" + value.getIso2() + ")");
        country.setWidthFull();
        country.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("import.treatAs.help", name)), country);

        treat.setText(getTranslation("import.treatAs.confirm"));
        treat.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        treat.addClickListener(click -> {
            if (country.getValue() == null) {
                country.setInvalid(true);
                country.setErrorMessage(getTranslation("aliases.error.country"));
                return;
            }
            close();
            onChosen.accept(country.getValue().getIso2());
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), treat);
        setWidth("28em");
    }
}
