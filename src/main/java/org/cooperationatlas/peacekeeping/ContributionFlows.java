package org.cooperationatlas.peacekeeping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sums behind flows, the personnel map and a country's missions, read from the monthly totals (V18), the
 * yearly sums (V22) and the lines' covering indexes (V16): a month is a few thousand index entries at most, a range
 * of years a few thousand rows a year.
 */
@Component
class ContributionFlows {

    private static final String FROM_YEARS = """
            select contributing_country, mission_id, person_months as total from contribution_year_flow
            where period_year between :firstYear and :lastYear and personnel_type in (:types)
            """;
    private static final String FROM_LINES = """
            select contributing_country, mission_id, total from peacekeeping_contribution
            where period_month between :%1$sFrom and :%1$sTo and personnel_type in (:types)
            """;

    private final JdbcClient jdbc;

    ContributionFlows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every month the atlas holds statistics for, in order. */
    List<YearMonth> months() {
        return jdbc.sql("select distinct period_month from contribution_month_sum order by period_month")
                .query((row, number) -> YearMonth.from(row.getDate(1).toLocalDate()))
                .list();
    }

    /** How many months of the range the atlas holds statistics for. */
    int monthsHeld(MonthRange range) {
        return jdbc.sql("select count(distinct period_month) from contribution_month_sum"
                        + " where period_month between :from and :to")
                .param("from", range.firstDay())
                .param("to", range.lastMonthDay())
                .query(Integer.class)
                .single();
    }

    /**
     * Person-months per contributing country and mission over the range: its whole years from the yearly sums, the
     * months before and after them from the lines.
     */
    List<CountryMission> personMonths(MonthRange range, PersonnelGroup group) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("types", group.typeNames());
        int firstYear = range.firstWholeYear();
        int lastYear = range.lastWholeYear();
        if (firstYear <= lastYear) {
            parts.add(FROM_YEARS);
            parameters.put("firstYear", firstYear);
            parameters.put("lastYear", lastYear);
            if (range.from().isBefore(YearMonth.of(firstYear, 1))) {
                lines(parts, parameters, "head", range.from(), YearMonth.of(firstYear - 1, 12));
            }
            if (range.to().isAfter(YearMonth.of(lastYear, 12))) {
                lines(parts, parameters, "tail", YearMonth.of(lastYear + 1, 1), range.to());
            }
        } else {
            lines(parts, parameters, "all", range.from(), range.to());
        }
        return jdbc.sql("select contributing_country, mission_id, sum(total) from (" + String.join(" union all ", parts)
                        + ") flows group by contributing_country, mission_id")
                .params(parameters)
                .query((row, number) -> new CountryMission(row.getString(1), row.getLong(2), row.getLong(3)))
                .list();
    }

    private static void lines(
            List<String> parts, Map<String, Object> parameters, String name, YearMonth from, YearMonth to) {
        parts.add(FROM_LINES.formatted(name));
        parameters.put(name + "From", from.atDay(1));
        parameters.put(name + "To", to.atDay(1));
    }

    /** Each contributing country's personnel in the month. */
    Map<String, Long> contributedIn(YearMonth month, PersonnelGroup group) {
        Map<String, Long> totals = new LinkedHashMap<>();
        jdbc.sql("select contributing_country, sum(total) from contribution_month_total"
                        + " where period_month = :month and personnel_type in (:types) group by contributing_country")
                .param("month", month.atDay(1))
                .param("types", group.typeNames())
                .query(row -> {
                    totals.put(row.getString(1), row.getLong(2));
                });
        return totals;
    }

    /** Each mission's personnel in the month. */
    Map<Long, Long> perMissionIn(YearMonth month, PersonnelGroup group) {
        Map<Long, Long> totals = new HashMap<>();
        jdbc.sql("select mission_id, sum(total) from peacekeeping_contribution"
                        + " where period_month = :month and personnel_type in (:types) group by mission_id")
                .param("month", month.atDay(1))
                .param("types", group.typeNames())
                .query(row -> {
                    totals.put(row.getLong(1), row.getLong(2));
                });
        return totals;
    }

    /** A country's personnel per month and mission (read along the country's index). */
    List<CountryMissionMonth> ofContributor(String iso2, PersonnelGroup group) {
        return jdbc.sql("""
                        select period_month, contributing_country, mission_id, sum(total)
                        from peacekeeping_contribution
                        where contributing_country = :country and personnel_type in (:types)
                        group by period_month, contributing_country, mission_id
                        order by period_month, mission_id
                        """)
                .param("country", iso2)
                .param("types", group.typeNames())
                .query(ContributionFlows::missionMonth)
                .list();
    }

    /** The personnel per month and contributing country in these missions (read along the missions' index). */
    List<CountryMissionMonth> inMissions(Collection<Long> missionIds, PersonnelGroup group) {
        if (missionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select period_month, contributing_country, mission_id, sum(total)
                        from peacekeeping_contribution
                        where mission_id in (:missions) and personnel_type in (:types)
                        group by mission_id, period_month, contributing_country
                        order by period_month, contributing_country
                        """)
                .param("missions", missionIds)
                .param("types", group.typeNames())
                .query(ContributionFlows::missionMonth)
                .list();
    }

    private static CountryMissionMonth missionMonth(ResultSet row, int number) throws SQLException {
        return new CountryMissionMonth(
                YearMonth.from(row.getDate(1).toLocalDate()), row.getString(2), row.getLong(3), row.getLong(4));
    }

    /** Sums the calendar years of these months again from their lines; runs in the caller's transaction. */
    void recountYears(Collection<LocalDate> months) {
        months.stream().map(LocalDate::getYear).distinct().forEach(year -> {
            jdbc.sql("delete from contribution_year_flow where period_year = :year")
                    .param("year", year)
                    .update();
            jdbc.sql("""
                            insert into contribution_year_flow
                                (period_year, personnel_type, contributing_country, mission_id, person_months)
                            select :year, personnel_type, contributing_country, mission_id, sum(total)
                            from peacekeeping_contribution where period_month between :first and :last
                            group by personnel_type, contributing_country, mission_id
                            """)
                    .param("year", year)
                    .param("first", LocalDate.of(year, 1, 1))
                    .param("last", LocalDate.of(year, 12, 1))
                    .update();
        });
    }

    /** A page of the lines behind a flow: of the contributor and missions if given, in the range and group. */
    List<ContributionLine> lines(LineQuery query, Map<Long, String> acronyms, int offset, int limit) {
        return query.statement(jdbc, """
                        select period_month, contributing_country, mission_id, personnel_type, male, female, total
                        from peacekeeping_contribution where %s
                        order by period_month, contributing_country, mission_id, personnel_type
                        offset :offset rows fetch first :limit rows only
                        """)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, number) -> new ContributionLine(
                        row.getDate(1).toLocalDate(),
                        row.getString(2),
                        acronyms.get(row.getLong(3)),
                        PersonnelType.valueOf(row.getString(4)),
                        (Integer) row.getObject(5),
                        (Integer) row.getObject(6),
                        row.getInt(7)))
                .list();
    }

    int countLines(LineQuery query) {
        return query.statement(jdbc, "select count(*) from peacekeeping_contribution where %s")
                .query(Integer.class)
                .single();
    }

    /** Which lines a flow stands for; a null contributor or an empty set of missions is any. */
    record LineQuery(String contributor, Collection<Long> missionIds, MonthRange range, PersonnelGroup group) {

        JdbcClient.StatementSpec statement(JdbcClient jdbc, String sql) {
            List<String> conditions =
                    new ArrayList<>(List.of("period_month between :from and :to", "personnel_type in (:types)"));
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("from", range.firstDay());
            parameters.put("to", range.lastMonthDay());
            parameters.put("types", group.typeNames());
            if (contributor != null) {
                conditions.add("contributing_country = :country");
                parameters.put("country", contributor);
            }
            if (!missionIds.isEmpty()) {
                conditions.add("mission_id in (:missions)");
                parameters.put("missions", missionIds);
            }
            return jdbc.sql(sql.formatted(String.join(" and ", conditions))).params(parameters);
        }
    }

    record CountryMission(String country, long missionId, long personMonths) {}

    record CountryMissionMonth(YearMonth month, String country, long missionId, long personnel) {}
}
