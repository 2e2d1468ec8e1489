package org.cooperationatlas.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CountryReferenceDataTest {

    @Autowired
    CountryService countries;

    @Test
    void every_iso_3166_country_and_kosovo_is_loaded_with_codes_region_and_a_point() {
        List<Country> all = countries.all();
        assertThat(all)
                .extracting(Country::getIso2)
                .contains(Locale.getISOCountries())
                .contains("XK");
        assertThat(all).hasSize(Locale.getISOCountries().length + 1);
        assertThat(all).filteredOn(c -> !c.getIso2().equals("AQ")).allSatisfy(country -> {
            assertThat(country.getRegion()).as(country.getIso2()).isNotBlank();
            assertThat(country.getSubRegion()).as(country.getIso2()).isNotBlank();
            assertThat(country.getIso3()).as(country.getIso2()).hasSize(3);
        });
        Country italy = countries.find("it").orElseThrow();
        assertThat(italy.getIso3()).isEqualTo("ITA");
        assertThat(italy.getNumericCode()).isEqualTo("380");
        assertThat(italy.getSubRegion()).isEqualTo("Southern Europe");
        assertThat(italy.getLatitude()).isBetween(36.0, 47.0);
    }

    @Test
    void names_are_localized_from_the_jdk_with_the_english_name_as_fallback() {
        assertThat(countries.find("IT").orElseThrow().displayName(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("意大利");
        assertThat(countries.find("MM").orElseThrow().displayName(Locale.ENGLISH))
                .isEqualTo("Myanmar (Burma)");
        assertThat(countries.find("XK").orElseThrow().displayName(Locale.ENGLISH))
                .isEqualTo("Kosovo");
        assertThat(countries.find("ZZ")).isEmpty();
    }
}
