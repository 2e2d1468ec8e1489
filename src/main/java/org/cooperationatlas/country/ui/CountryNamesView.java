package org.cooperationatlas.country.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.Notifications;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.AliasRefusedException;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryAlias;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.security.Role;

/** The other names by which files name countries, which an administrator extends when an import meets a new one. */
@Route("admin/country-names")
@RolesAllowed(Role.ADMIN_NAME)
public class CountryNamesView extends VerticalLayout implements HasDynamicTitle {

    private final CountryService countries;
    final Grid<CountryAlias> grid = new Grid<>();
    final TextField alias = new TextField();
    final ComboBox<Country> country = new ComboBox<>();
    final Button add = new Button();

    public CountryNamesView(CountryService countries) {
        this.countries = countries;
        grid.addColumn(CountryAlias::getAlias)
                .setHeader(getTranslation("aliases.alias"))
                .setKey("alias")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.getCountry().displayName(getLocale()) + " ("
                        + entry.getCountry().getIso2() + ")")
                .setHeader(getTranslation("aliases.country"))
                .setKey("country")
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.getSource() == null ? "" : entry.getSource())
                .setHeader(getTranslation("aliases.source"))
                .setKey("source")
                .setAutoWidth(true);
        grid.addComponentColumn(entry -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove(entry));
                    remove.addThemeVariants(
                            ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    remove.setAriaLabel(getTranslation("aliases.remove", entry.getAlias()));
                    return remove;
                })
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("30em");

        alias.setLabel(getTranslation("aliases.alias"));
        alias.setMaxLength(CountryAlias.ALIAS_MAX_LENGTH);
        country.setLabel(getTranslation("aliases.country"));
        country.setItems(countries.all().stream()
                .sorted(Comparator.comparing((Country value) -> value.displayName(getLocale())))
                .toList());
        country.setItemLabelGenerator(value -> value.displayName(getLocale()) + " (" + value.getIso2() + ")");
        country.setWidth("20em");
        add.setText(getTranslation("aliases.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addAlias());
        HorizontalLayout form = new HorizontalLayout(alias, country, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(
                new ViewToolbar(getTranslation("aliases.title"), new CsvDownload("country-names.csv", this::table)),
                new Span(getTranslation("aliases.intro")),
                form,
                grid);
        addClassNames(LumoUtility.Padding.MEDIUM);
        refresh();
    }

    private void addAlias() {
        if (country.getValue() == null) {
            country.setInvalid(true);
            country.setErrorMessage(getTranslation("aliases.error.country"));
            return;
        }
        country.setInvalid(false);
        try {
            CountryAlias added =
                    countries.addAlias(alias.getValue(), country.getValue().getIso2());
            alias.clear();
            alias.setInvalid(false);
            refresh();
            Notifications.success(getTranslation("aliases.added", added.getAlias()));
        } catch (AliasRefusedException refused) {
            alias.setInvalid(true);
            alias.setErrorMessage(getTranslation(refused.messageKey()));
        }
    }

    private void remove(CountryAlias entry) {
        countries.removeAlias(entry.getId());
        refresh();
    }

    private void refresh() {
        grid.setItems(countries.aliases());
    }

    private CsvTable table() {
        List<List<String>> rows = countries.aliases().stream()
                .map(entry -> List.of(entry.getAlias(), entry.getCountry().getIso2()))
                .toList();
        return new CsvTable(
                getTranslation("aliases.title"),
                List.of(),
                List.of(getTranslation("aliases.alias"), "ISO 3166-1 alpha-2"),
                rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aliases.title") + " · " + getTranslation("app.name");
    }
}
