package org.cooperationatlas.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.UnitDefinition;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One unit's code, names, the way its values are written in both languages and its kind, saved whole or not at
 * all, with its history.
 */
class UnitDialog extends Dialog {

    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final TextField valueEn = new TextField();
    final TextField valueZh = new TextField();
    final Select<UnitKind> kind = new Select<>();
    final Button save = new Button();
    private final Binder<UnitDefinition> binder = new BeanValidationBinder<>(UnitDefinition.class);
    private final UnitDefinition unit;
    private final boolean isNew;
    private final MeasureService measures;
    private final SerializableConsumer<UnitDefinition> onSaved;

    UnitDialog(UnitDefinition unit, MeasureService measures, SerializableConsumer<UnitDefinition> onSaved) {
        this.unit = unit;
        this.isNew = unit.getCode() == null;
        this.measures = measures;
        this.onSaved = onSaved;
        setHeaderTitle(isNew ? getTranslation("measures.unit.new") : getTranslation("measures.edit", unit.getNameEn()));
        code.setLabel(getTranslation("measures.code"));
        code.setHelperText(getTranslation(isNew ? "measures.code.help" : "measures.code.fixed"));
        code.setMaxLength(Unit.CODE_MAX_LENGTH);
        code.setReadOnly(!isNew);
        nameEn.setLabel(getTranslation("measures.nameEn"));
        nameEn.setMaxLength(UnitDefinition.NAME_MAX_LENGTH);
        nameZh.setLabel(getTranslation("measures.nameZh"));
        nameZh.setMaxLength(UnitDefinition.NAME_MAX_LENGTH);
        valueEn.setLabel(getTranslation("measures.valueEn"));
        valueEn.setHelperText(getTranslation("measures.valueEn.help"));
        valueEn.setMaxLength(UnitDefinition.NAME_MAX_LENGTH);
        valueZh.setLabel(getTranslation("measures.valueZh"));
        valueZh.setHelperText(getTranslation("measures.valueZh.help"));
        valueZh.setMaxLength(UnitDefinition.NAME_MAX_LENGTH);
        kind.setLabel(getTranslation("measures.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setHelperText(getTranslation("measures.kind.help"));

        // A code is written as figures store it: "patrol boats" becomes PATROL_BOATS before it is checked.
        binder.forField(code)
                .withConverter(
                        text -> text == null
                                ? null
                                : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'),
                        stored -> stored == null ? "" : stored)
                .bind("code");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(nameZh).bind("nameZh");
        binder.forField(valueEn)
                .withValidator(
                        text -> text == null || text.contains("{0}"), getTranslation("measure.value.placeholder"))
                .bind("valueEn");
        binder.forField(valueZh)
                .withValidator(
                        text -> text == null || text.contains("{0}"), getTranslation("measure.value.placeholder"))
                .bind("valueZh");
        binder.forField(kind).bind("kind");
        binder.readBean(unit);

        FormLayout form = new FormLayout(code, kind, nameEn, nameZh, valueEn, valueZh);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        if (!isNew) {
            add(new MeasureHistory(measures.unitHistory(unit.getCode())));
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("44em");
    }

    private void save() {
        if (!binder.writeBeanIfValid(unit)) {
            return;
        }
        try {
            UnitDefinition saved = isNew ? measures.add(unit) : measures.save(unit);
            Notifications.success(getTranslation("measures.saved", saved.getNameEn()));
            onSaved.accept(saved);
            close();
        } catch (MeasureService.MeasureCodeTakenException taken) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("measures.error.taken", taken.code()));
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.error(getTranslation("measures.error.stale"));
        }
    }
}
