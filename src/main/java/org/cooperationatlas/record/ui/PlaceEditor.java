package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.Place;

/** The places of a record, one editable row each; edits stay in the rows until the record is saved. */
class PlaceEditor extends Composite<VerticalLayout> {

    private final CountryService countries;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<PlaceRow> placeRows = new ArrayList<>();

    PlaceEditor(CountryService countries) {
        this.countries = countries;
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("place.add"), VaadinIcon.PLUS.create(), click -> addRow(new Place()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(rows, add);
        getContent().setPadding(false);
    }

    void setPlaces(List<Place> places) {
        rows.removeAll();
        placeRows.clear();
        places.forEach(place -> addRow(new Place(place.getName(), place.getLocality(), place.getCountry())));
    }

    /** Validates every row and shows the messages on its fields. */
    boolean validate() {
        return placeRows.stream().map(row -> row.binder.validate().isOk()).reduce(true, Boolean::logicalAnd);
    }

    List<Place> places() {
        return placeRows.stream().map(row -> row.place).toList();
    }

    List<PlaceRow> rows() {
        return List.copyOf(placeRows);
    }

    private void addRow(Place place) {
        PlaceRow row = new PlaceRow(place);
        placeRows.add(row);
        rows.add(row);
    }

    class PlaceRow extends FlexLayout {
        final Place place;
        final BeanValidationBinder<Place> binder = new BeanValidationBinder<>(Place.class);
        final TextField name = new TextField(getTranslation("place.name"));
        final TextField locality = new TextField(getTranslation("place.locality"));
        final ComboBox<Country> country = new ComboBox<>(getTranslation("place.country"));

        PlaceRow(Place place) {
            this.place = place;
            name.setMaxLength(Place.NAME_MAX_LENGTH);
            locality.setMaxLength(Place.NAME_MAX_LENGTH);
            locality.setHelperText(getTranslation("place.locality.help"));
            CountryFields.configure(country, countries);
            binder.forField(name)
                    .withValidator(new BeanValidator(Place.class, "name"))
                    .bind(Place::getName, Place::setName);
            binder.forField(locality)
                    .withValidator(new BeanValidator(Place.class, "locality"))
                    .bind(Place::getLocality, Place::setLocality);
            binder.forField(country)
                    .withValidator(new BeanValidator(Place.class, "country"))
                    .bind(Place::getCountry, Place::setCountry);
            binder.setBean(place);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                placeRows.remove(this);
                rows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("place.remove"));
            remove.setTooltipText(getTranslation("place.remove"));
            add(name, locality, country, remove);
            setAlignItems(Alignment.BASELINE);
            addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        }
    }
}
