package org.cooperationatlas.country.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.country.CountryAlias;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CountryNamesViewTest extends KaribuTest {

    @Autowired
    CountryService countries;

    private CountryNamesView view;

    @BeforeEach
    void openAsAdmin() {
        login("ada", Role.ADMIN);
        UI.getCurrent().navigate(CountryNamesView.class);
        view = _get(CountryNamesView.class);
    }

    @Test
    void an_administrator_adds_a_name_that_imports_then_recognise() {
        _setValue(view.alias, "Zhonghua Renmin Gongheguo");
        _setValue(view.country, countries.find("CN").orElseThrow());
        _click(view.add);

        assertThat(aliases()).contains("Zhonghua Renmin Gongheguo");
        assertThat(countries.names().iso2("ZHONGHUA RENMIN GONGHEGUO")).contains("CN");
        assertThat(view.alias.getValue()).isEmpty();
    }

    @Test
    void a_name_that_already_names_a_country_is_refused_and_nothing_is_saved() {
        int before = aliases().size();
        _setValue(view.alias, "Cote d'Ivoire");
        _setValue(view.country, countries.find("FR").orElseThrow());
        _click(view.add);

        assertThat(view.alias.isInvalid()).isTrue();
        assertThat(view.alias.getErrorMessage()).isEqualTo("This name already names a country");
        assertThat(aliases()).hasSize(before);
        assertThat(countries.names().iso2("Cote d'Ivoire")).contains("CI");
    }

    @Test
    void a_blank_name_or_no_country_is_refused() {
        int before = aliases().size();
        _setValue(view.alias, "  ");
        _setValue(view.country, countries.find("FR").orElseThrow());
        _click(view.add);
        assertThat(view.alias.getErrorMessage()).isEqualTo("Enter the name as files write it");

        _setValue(view.alias, "Frankreich");
        view.country.clear();
        _click(view.add);
        assertThat(view.country.isInvalid()).isTrue();
        assertThat(aliases()).hasSize(before);
    }

    private List<String> aliases() {
        return GridKt._fetch(view.grid, 0, 1000).stream()
                .map(CountryAlias::getAlias)
                .toList();
    }
}
