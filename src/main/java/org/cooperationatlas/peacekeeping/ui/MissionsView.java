package org.cooperationatlas.peacekeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.ViewToolbar;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.peacekeeping.Mission;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.security.Role;

/** The UN's peacekeeping operations as the atlas knows them, which an administrator corrects and extends. */
@Route("admin/missions")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 10, icon = "vaadin:flag-o", title = "menu.missions")
public class MissionsView extends VerticalLayout implements HasDynamicTitle {

    private final PeacekeepingService peacekeeping;
    private final CountryService countries;
    final Grid<Mission> grid = new Grid<>();
    final Button create = new Button();
    MissionDialog dialog;

    public MissionsView(PeacekeepingService peacekeeping, CountryService countries) {
        this.peacekeeping = peacekeeping;
        this.countries = countries;
        grid.addColumn(Mission::getAcronym)
                .setHeader(getTranslation("missions.acronym"))
                .setKey("acronym")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mission -> mission.displayName(getLocale()))
                .setHeader(getTranslation("missions.name"))
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(this::where)
                .setHeader(getTranslation("missions.where"))
                .setKey("where")
                .setFlexGrow(2);
        grid.addColumn(Mission::getStartedOn)
                .setHeader(getTranslation("missions.started"))
                .setKey("started")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mission -> mission.getEndedOn() == null
                        ? getTranslation("missions.ongoing")
                        : mission.getEndedOn().toString())
                .setHeader(getTranslation("missions.ended"))
                .setKey("ended")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mission -> mission.getPredecessor() == null
                        ? ""
                        : mission.getPredecessor().getAcronym())
                .setHeader(getTranslation("missions.predecessor"))
                .setKey("predecessor")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setHeight("36em");
        grid.setAriaLabel(getTranslation("missions.title"));

        create.setText(getTranslation("missions.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(new Mission()));

        add(
                new ViewToolbar(getTranslation("missions.title"), new CsvDownload("missions.csv", this::table), create),
                new Paragraph(getTranslation("missions.intro")),
                grid);
        addClassNames(LumoUtility.Padding.MEDIUM);
        refresh();
    }

    /** The territory it served in when it has one, else its countries, by name. */
    private String where(Mission mission) {
        String territory = "zh".equals(getLocale().getLanguage()) && mission.getTerritoryZh() != null
                ? mission.getTerritoryZh()
                : mission.getTerritory();
        String hosts = mission.getHosts().stream()
                .map(country -> country.displayName(getLocale()))
                .sorted()
                .collect(Collectors.joining(", "));
        // A territory that is itself the one country it names (Western Sahara, Kosovo) is not named twice.
        return territory == null
                ? hosts
                : territory + (hosts.isEmpty() || hosts.equals(territory) ? "" : " (" + hosts + ")");
    }

    private void open(Mission mission) {
        List<Mission> all = peacekeeping.missions();
        List<Country> countryChoices = countries.all();
        dialog = new MissionDialog(mission, all, countryChoices, peacekeeping::saveMission, saved -> refresh());
        dialog.open();
    }

    private void refresh() {
        grid.setItems(peacekeeping.missions());
    }

    private CsvTable table() {
        List<List<String>> rows = peacekeeping.missions().stream()
                .map(mission -> List.of(
                        mission.getAcronym(),
                        mission.getName(),
                        mission.getNameZh() == null ? "" : mission.getNameZh(),
                        where(mission),
                        text(mission.getStartedOn()),
                        text(mission.getEndedOn()),
                        mission.getPredecessor() == null
                                ? ""
                                : mission.getPredecessor().getAcronym()))
                .toList();
        return new CsvTable(
                getTranslation("missions.title"),
                List.of(),
                List.of(
                        getTranslation("missions.acronym"),
                        getTranslation("missions.name"),
                        getTranslation("missions.nameZh"),
                        getTranslation("missions.where"),
                        getTranslation("missions.started"),
                        getTranslation("missions.ended"),
                        getTranslation("missions.predecessor")),
                rows);
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("missions.title") + " · " + getTranslation("app.name");
    }
}
