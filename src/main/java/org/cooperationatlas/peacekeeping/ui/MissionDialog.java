package org.cooperationatlas.peacekeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cooperationatlas.base.ui.DateFields;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.peacekeeping.Mission;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** One mission's description, checked as it is typed and saved whole or not at all. */
class MissionDialog extends Dialog {

    final TextField acronym = new TextField();
    final TextField name = new TextField();
    final TextField nameZh = new TextField();
    final MultiSelectComboBox<Country> hosts = new MultiSelectComboBox<>();
    final TextField territory = new TextField();
    final TextField territoryZh = new TextField();
    final DatePicker startedOn = DateFields.localized(new DatePicker());
    final DatePicker endedOn = DateFields.localized(new DatePicker());
    final ComboBox<Mission> predecessor = new ComboBox<>();
    final Button save = new Button();
    private final Binder<Mission> binder = new BeanValidationBinder<>(Mission.class);
    private final Mission mission;
    private final SerializableFunction<Mission, Mission> saving;
    private final SerializableConsumer<Mission> onSaved;

    MissionDialog(
            Mission mission,
            List<Mission> missions,
            List<Country> countries,
            SerializableFunction<Mission, Mission> saving,
            SerializableConsumer<Mission> onSaved) {
        this.mission = mission;
        this.saving = saving;
        this.onSaved = onSaved;
        setHeaderTitle(
                mission.getId() == null
                        ? getTranslation("missions.new")
                        : getTranslation("missions.edit", mission.getAcronym()));
        acronym.setLabel(getTranslation("missions.acronym"));
        acronym.setMaxLength(Mission.ACRONYM_MAX_LENGTH);
        name.setLabel(getTranslation("missions.nameEn"));
        name.setMaxLength(Mission.NAME_MAX_LENGTH);
        nameZh.setLabel(getTranslation("missions.nameZh"));
        nameZh.setMaxLength(Mission.NAME_MAX_LENGTH);
        hosts.setLabel(getTranslation("missions.hosts"));
        hosts.setItems(countries.stream()
                .sorted(Comparator.comparing((Country country) -> country.displayName(getLocale())))
                .toList());
        hosts.setItemLabelGenerator(country -> country.displayName(getLocale()) + " (" + country.getIso2() + ")");
        territory.setLabel(getTranslation("missions.territory"));
        territory.setMaxLength(Mission.TERRITORY_MAX_LENGTH);
        territory.setHelperText(getTranslation("missions.territory.help"));
        territoryZh.setLabel(getTranslation("missions.territoryZh"));
        territoryZh.setMaxLength(Mission.TERRITORY_MAX_LENGTH);
        startedOn.setLabel(getTranslation("missions.started"));
        endedOn.setLabel(getTranslation("missions.ended"));
        endedOn.setHelperText(getTranslation("missions.ended.help"));
        predecessor.setLabel(getTranslation("missions.predecessor"));
        predecessor.setItems(missions.stream()
                .filter(other -> !Objects.equals(other.getId(), mission.getId()))
                .toList());
        predecessor.setItemLabelGenerator(Mission::getAcronym);
        predecessor.setClearButtonVisible(true);

        binder.forField(acronym).bind(Mission::getAcronym, Mission::setAcronym);
        binder.forField(name).bind(Mission::getName, Mission::setName);
        binder.forField(nameZh).bind(Mission::getNameZh, Mission::setNameZh);
        binder.forField(hosts).bind(Mission::getHosts, Mission::setHosts);
        binder.forField(territory).bind(Mission::getTerritory, Mission::setTerritory);
        binder.forField(territoryZh).bind(Mission::getTerritoryZh, Mission::setTerritoryZh);
        binder.forField(startedOn).bind(Mission::getStartedOn, Mission::setStartedOn);
        binder.forField(endedOn)
                .withValidator(
                        end -> end == null || startedOn.getValue() == null || !end.isBefore(startedOn.getValue()),
                        getTranslation("record.end.beforeStart"))
                .bind(Mission::getEndedOn, Mission::setEndedOn);
        // The predecessor is matched by id: the list holds other instances of the same missions.
        predecessor.setValue(
                mission.getPredecessor() == null
                        ? null
                        : missions.stream()
                                .filter(other -> other.getId()
                                        .equals(mission.getPredecessor().getId()))
                                .findFirst()
                                .orElse(null));
        binder.readBean(mission);
        hosts.setValue(countries.stream()
                .filter(country -> mission.getHosts().stream()
                        .anyMatch(host -> host.getIso2().equals(country.getIso2())))
                .collect(Collectors.toSet()));

        FormLayout form =
                new FormLayout(acronym, name, nameZh, hosts, territory, territoryZh, startedOn, endedOn, predecessor);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("48em");
    }

    private void save() {
        if (!binder.writeBeanIfValid(mission)) {
            return;
        }
        mission.setPredecessor(predecessor.getValue());
        try {
            Mission saved = saving.apply(mission);
            Notifications.success(getTranslation("missions.saved", saved.getAcronym()));
            onSaved.accept(saved);
            close();
        } catch (DataIntegrityViolationException taken) {
            acronym.setInvalid(true);
            acronym.setErrorMessage(getTranslation("missions.error.taken"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.error(getTranslation("missions.error.stale"));
        }
    }
}
