package org.cooperationatlas.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(roles = "VIEWER")
class CountryNamesTest {

    static CountryNames names;

    @BeforeAll
    static void readNames(@Autowired CountryService countries) {
        names = countries.names();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ISO 3166 English short names and their comma forms
            Korea, Republic of                             | KR
            Tanzania, United Republic of                   | TZ
            Moldova, Republic of                           | MD
            Iran, Islamic Republic of                      | IR
            Congo, The Democratic Republic of the          | CD
            Congo, Democratic Republic of the              | CD
            Korea, Democratic People's Republic of         | KP
            Macedonia, the former Yugoslav Republic of     | MK
            Bolivia, Plurinational State of                | BO
            Venezuela, Bolivarian Republic of              | VE
            Palestine, State of                            | PS
            Taiwan, Province of China                      | TW
            Virgin Islands, British                        | VG
            Micronesia, Federated States of                | FM
            # UN M49 and the UN's peacekeeping statistics
            Iran (Islamic Republic of)                     | IR
            United Republic of Tanzania                    | TZ
            Democratic Republic of the Congo               | CD
            Lao People's Democratic Republic               | LA
            Viet Nam                                       | VN
            Syrian Arab Republic                           | SY
            China, Hong Kong Special Administrative Region | HK
            Netherlands (Kingdom of the)                   | NL
            The former Yugoslav Republic of Macedonia      | MK
            Gambia (Republic of The)                       | GM
            # common short forms
            DR Congo                                       | CD
            Ivory Coast                                    | CI
            Laos                                           | LA
            Syria                                          | SY
            Russia                                         | RU
            South Korea                                    | KR
            Brunei                                         | BN
            Vietnam                                        | VN
            Türkiye                                        | TR
            Turkey                                         | TR
            Czechia                                        | CZ
            Czech Republic                                 | CZ
            # former names
            Macedonia                                      | MK
            Swaziland                                      | SZ
            Burma                                          | MM
            Zaire                                          | CD
            Cape Verde                                     | CV
            East Timor                                     | TL
            # researchers' files (World Bank names)
            Congo, Dem. Rep.                               | CD
            Congo, Rep.                                    | CG
            Egypt, Arab Rep.                               | EG
            Gambia, The                                    | GM
            St. Vincent and the Grenadines                 | VC
            Lao PDR                                        | LA
            # folding: case, accents, apostrophes, hyphens, dots, spacing
            Cote d Ivoire                                  | CI
            Côte d'Ivoire                                  | CI
            COTE D'IVOIRE                                  | CI
            Cote d’Ivoire                                  | CI
            Guinea Bissau                                  | GW
            U.S.                                           | US
            United   States  of America                   | US
            # codes: ISO alpha-2, alpha-3, M49 numeric (with or without its leading zeros)
            cn                                             | CN
            CHN                                            | CN
            156                                            | CN
            004                                            | AF
            4                                              | AF
            # Chinese, from the JDK's locale data and common short forms
            意大利                                         | IT
            中国                                           | CN
            科特迪瓦                                       | CI
            刚果（金）                                     | CD
            香港                                           | HK
            """)
    void every_name_a_real_file_uses_is_its_country(String name, String iso2) {
        assertThat(names.iso2(name)).as(name).contains(iso2);
    }

    @Test
    void a_name_cut_short_by_its_publisher_is_the_one_country_it_starts_and_says_so() {
        assertThat(names.match("United Kingdom of Great Britai")).hasValueSatisfying(match -> {
            assertThat(match.iso2()).isEqualTo("GB");
            assertThat(match.cutName()).isTrue();
        });
        assertThat(names.match("Democratic Republic of the Con"))
                .hasValueSatisfying(match -> assertThat(match.iso2()).isEqualTo("CD"));
        assertThat(names.match("Saint Vincent and the Grenadi"))
                .hasValueSatisfying(match -> assertThat(match.iso2()).isEqualTo("VC"));
    }

    @Test
    void a_short_or_ambiguous_start_of_a_name_is_not_a_country() {
        assertThat(names.match("United")).isEmpty();
        assertThat(names.match("Saint")).isEmpty();
        assertThat(names.match("Republic of")).isEmpty();
        assertThat(names.match("Atlantis")).isEmpty();
        assertThat(names.match("")).isEmpty();
    }

    @Test
    void codes_are_recognised_as_codes_and_counts_are_not_letter_codes() {
        assertThat(names.isLetterCode("CIV")).isTrue();
        assertThat(names.isLetterCode("ci")).isTrue();
        assertThat(names.isLetterCode("140")).isFalse();
        assertThat(names.isCode("999")).isFalse();
        assertThat(names.isCode("140")).isTrue();
        assertThat(names.isCode("380")).isTrue();
        assertThat(names.isLetterCode("Italy")).isFalse();
    }
}
