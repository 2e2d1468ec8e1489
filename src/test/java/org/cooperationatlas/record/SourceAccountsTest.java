package org.cooperationatlas.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.junit.jupiter.api.Test;

class SourceAccountsTest {

    private static SourceAccounts.Testimony figure(
            long source, String value, Qualifier qualifier, String from, String to, String published) {
        return new SourceAccounts.Testimony(
                source * 10,
                source,
                "Record " + source,
                Metric.FUGITIVES_RETURNED,
                new BigDecimal(value),
                qualifier,
                Unit.PEOPLE,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                source,
                "Publisher " + source,
                LocalDate.parse(published),
                true);
    }

    @Test
    void
            two_sources_for_overlapping_periods_are_one_account_and_a_difference_beyond_the_qualifiers_is_a_disagreement() {
        List<SourceAccounts.Account> accounts = SourceAccounts.of(List.of(
                figure(1, "863", Qualifier.EXACT, "2015-01-01", "2015-11-30", "2015-12-20"),
                figure(2, "857", Qualifier.EXACT, "2015-04-01", "2015-12-31", "2016-01-28")));
        assertThat(accounts).singleElement().satisfies(account -> {
            assertThat(account.testimonies()).hasSize(2);
            assertThat(account.disagreement()).hasValueSatisfying(disagreement -> {
                assertThat(disagreement.earlier().publisher()).isEqualTo("Publisher 1");
                assertThat(disagreement.later().value()).isEqualByComparingTo("857");
            });
        });
    }

    @Test
    void qualifiers_that_allow_both_figures_agree() {
        assertThat(SourceAccounts.of(List.of(
                                figure(1, "860", Qualifier.ABOUT, "2015-01-01", "2015-12-31", "2016-01-01"),
                                figure(2, "857", Qualifier.EXACT, "2015-01-01", "2015-12-31", "2016-02-01")))
                        .get(0)
                        .disagreement())
                .isEmpty();
        assertThat(SourceAccounts.of(List.of(
                                figure(1, "800", Qualifier.MORE_THAN, "2015-01-01", "2015-12-31", "2016-01-01"),
                                figure(2, "857", Qualifier.EXACT, "2015-01-01", "2015-12-31", "2016-02-01")))
                        .get(0)
                        .disagreement())
                .isEmpty();
        assertThat(SourceAccounts.of(List.of(
                                figure(1, "900", Qualifier.NEARLY, "2015-01-01", "2015-12-31", "2016-01-01"),
                                figure(2, "1000", Qualifier.EXACT, "2015-01-01", "2015-12-31", "2016-02-01")))
                        .get(0)
                        .disagreement())
                .isPresent();
    }

    @Test
    void periods_that_do_not_overlap_one_source_alone_or_other_units_make_no_account() {
        assertThat(SourceAccounts.of(List.of(
                        figure(1, "863", Qualifier.EXACT, "2014-01-01", "2014-12-31", "2015-01-01"),
                        figure(2, "857", Qualifier.EXACT, "2015-01-01", "2015-12-31", "2016-01-01"))))
                .isEmpty();
        assertThat(SourceAccounts.of(List.of(
                        figure(1, "863", Qualifier.EXACT, "2015-01-01", "2015-12-31", "2016-01-01"),
                        figure(1, "857", Qualifier.EXACT, "2015-01-01", "2015-12-31", "2016-01-01"))))
                .isEmpty();
    }
}
