package org.cooperationatlas.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.MetricDefinition;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** One metric's code, names, usual unit and whether it adds up, saved whole or not at all, with its history. */
class MetricDialog extends Dialog {

    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final ComboBox<Unit> usualUnit = new ComboBox<>();
    final Checkbox summable = new Checkbox();
    final Button save = new Button();
    private final Binder<MetricDefinition> binder = new BeanValidationBinder<>(MetricDefinition.class);
    private final MetricDefinition metric;
    private final boolean isNew;
    private final MeasureService measures;
    private final SerializableConsumer<MetricDefinition> onSaved;

    MetricDialog(
            MetricDefinition metric,
            Measures known,
            MeasureService measures,
            SerializableConsumer<MetricDefinition> onSaved) {
        this.metric = metric;
        this.isNew = metric.getCode() == null;
        this.measures = measures;
        this.onSaved = onSaved;
        setHeaderTitle(
                isNew
                        ? getTranslation("measures.metric.new")
                        : getTranslation("measures.edit", known.label(metric.metric(), getLocale())));
        code.setLabel(getTranslation("measures.code"));
        code.setHelperText(getTranslation(isNew ? "measures.code.help" : "measures.code.fixed"));
        code.setMaxLength(Metric.CODE_MAX_LENGTH);
        code.setReadOnly(!isNew);
        nameEn.setLabel(getTranslation("measures.nameEn"));
        nameEn.setMaxLength(MetricDefinition.NAME_MAX_LENGTH);
        nameZh.setLabel(getTranslation("measures.nameZh"));
        nameZh.setMaxLength(MetricDefinition.NAME_MAX_LENGTH);
        usualUnit.setLabel(getTranslation("measures.usualUnit"));
        usualUnit.setHelperText(getTranslation("measures.usualUnit.help"));
        usualUnit.setItems(known.units(getLocale()));
        usualUnit.setItemLabelGenerator(unit -> known.label(unit, getLocale()));
        summable.setLabel(getTranslation("measures.summable.label"));
        summable.setTooltipText(getTranslation("measures.summable.help"));

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
        binder.forField(usualUnit).bind("usualUnit");
        binder.forField(summable).bind("summable");
        binder.readBean(metric);

        FormLayout form = new FormLayout(code, usualUnit, nameEn, nameZh, summable);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        if (!isNew) {
            add(new MeasureHistory(measures.metricHistory(metric.getCode())));
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("44em");
    }

    private void save() {
        if (!binder.writeBeanIfValid(metric)) {
            return;
        }
        try {
            MetricDefinition saved = isNew ? measures.add(metric) : measures.save(metric);
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
