package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Peacekeeping personnel per month and type, kept summed (V18): per contributing country, per region of the
 * contributors, and over all of them, from the lines per mission and, for a month held without missions, the
 * lines per country (V23); a month that has lines per mission (a file imported over a report without missions)
 * is counted from those alone.
 * A write of contribution lines sums its months again in its own transaction, so readers never add up a
 * million lines, and every node reads the same sums.
 */
@Component
class ContributionTotals {

    private static final String BY_COUNTRY = """
            select period_month, personnel_type, total from contribution_month_total
            where contributing_country = :country order by period_month, personnel_type
            """;
    private static final String ALL = """
            select period_month, personnel_type, total from contribution_month_sum
            where period_month between :fromDay and :toDay order by period_month, personnel_type
            """;
    private static final String OF_REGION = """
            select period_month, personnel_type, total from contribution_month_region
            where region = :region and period_month between :fromDay and :toDay order by period_month, personnel_type
            """;
    // A region's country is read from the primary key's range.
    private static final String OF_COUNTRIES = """
            select period_month, personnel_type, sum(total) from contribution_month_total
            where contributing_country in (:countries) and period_month between :fromDay and :toDay
            group by period_month, personnel_type order by period_month, personnel_type
            """;

    private final JdbcClient jdbc;

    ContributionTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MonthlyPersonnel> ofCountry(String iso2) {
        return jdbc.sql(BY_COUNTRY)
                .param("country", iso2)
                .query(ContributionTotals::row)
                .list();
    }

    List<MonthlyPersonnel> of(Collection<String> countries, LocalDate fromDay, LocalDate toDay) {
        if (countries.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OF_COUNTRIES)
                .param("countries", countries)
                .param("fromDay", fromDay)
                .param("toDay", toDay)
                .query(ContributionTotals::row)
                .list();
    }

    List<MonthlyPersonnel> ofRegion(String region, LocalDate fromDay, LocalDate toDay) {
        return jdbc.sql(OF_REGION)
                .param("region", region)
                .param("fromDay", fromDay)
                .param("toDay", toDay)
                .query(ContributionTotals::row)
                .list();
    }

    List<MonthlyPersonnel> ofAll(LocalDate fromDay, LocalDate toDay) {
        return jdbc.sql(ALL)
                .param("fromDay", fromDay)
                .param("toDay", toDay)
                .query(ContributionTotals::row)
                .list();
    }

    java.util.Set<String> contributorsBetween(LocalDate from, LocalDate to) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct contributing_country from contribution_month_total
                        where period_month between :from and :to and total > 0
                        """)
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list());
    }

    /** Sums the given months again from their lines; runs in the caller's transaction. */
    void recount(Collection<LocalDate> months) {
        List<LocalDate> all = new ArrayList<>(months);
        for (int from = 0; from < all.size(); from += 500) {
            List<LocalDate> some = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.sql("delete from contribution_month_total where period_month in (:months)")
                    .param("months", some)
                    .update();
            jdbc.sql("""
                    insert into contribution_month_total (contributing_country, period_month, personnel_type, total)
                    select contributing_country, period_month, personnel_type, sum(total) from (
                        select contributing_country, period_month, personnel_type, total
                        from peacekeeping_contribution where period_month in (:months)
                        union all
                        select contributing_country, period_month, personnel_type, total
                        from contribution_by_country country_line where period_month in (:months)
                        and not exists (select 1 from peacekeeping_contribution mission_line
                                        where mission_line.period_month = country_line.period_month)
                    ) lines
                    group by contributing_country, period_month, personnel_type
                    """).param("months", some).update();
            jdbc.sql("delete from contribution_month_sum where period_month in (:months)")
                    .param("months", some)
                    .update();
            jdbc.sql("""
                    insert into contribution_month_sum (period_month, personnel_type, total)
                    select period_month, personnel_type, sum(total) from contribution_month_total
                    where period_month in (:months) group by period_month, personnel_type
                    """).param("months", some).update();
            jdbc.sql("delete from contribution_month_region where period_month in (:months)")
                    .param("months", some)
                    .update();
            jdbc.sql("""
                    insert into contribution_month_region (region, period_month, personnel_type, total)
                    select c.region, t.period_month, t.personnel_type, sum(t.total)
                    from contribution_month_total t join country c on c.iso2 = t.contributing_country
                    where c.region is not null and t.period_month in (:months)
                    group by c.region, t.period_month, t.personnel_type
                    """).param("months", some).update();
        }
    }

    private static MonthlyPersonnel row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new MonthlyPersonnel(
                row.getDate(1).toLocalDate(), PersonnelType.valueOf(row.getString(2)), row.getLong(3));
    }
}
