package org.cooperationatlas.peacekeeping;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A month's statistics as a whole: the lines of a report that names no missions (V23), the report each month
 * came from, and the removal of a month's lines that a report replaces. Runs in the caller's transaction.
 */
@Component
class ContributionMonths {

    private final JdbcClient jdbc;

    ContributionMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The month's lines of a report that names no missions, by country and type. */
    Map<CountryKey, ContributionLine> countryLines(YearMonth month) {
        Map<CountryKey, ContributionLine> lines = new HashMap<>();
        jdbc.sql("""
                        select contributing_country, personnel_type, male, female, total from contribution_by_country
                        where period_month = :month
                        """).param("month", month.atDay(1)).query(row -> {
            ContributionLine line = new ContributionLine(
                    month.atDay(1),
                    row.getString(1),
                    null,
                    PersonnelType.valueOf(row.getString(2)),
                    (Integer) row.getObject(3),
                    (Integer) row.getObject(4),
                    row.getInt(5));
            lines.put(CountryKey.of(line), line);
        });
        return lines;
    }

    int missionLineCount(YearMonth month) {
        return jdbc.sql("select count(*) from peacekeeping_contribution where period_month = :month")
                .param("month", month.atDay(1))
                .query(Integer.class)
                .single();
    }

    void deleteMissionLines(YearMonth month) {
        jdbc.sql("delete from peacekeeping_contribution where period_month = :month")
                .param("month", month.atDay(1))
                .update();
    }

    void deleteMissionLines(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("delete from peacekeeping_contribution where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .update();
        }
    }

    void replaceCountryLines(YearMonth month, List<ContributionLine> lines) {
        jdbc.sql("delete from contribution_by_country where period_month = :month")
                .param("month", month.atDay(1))
                .update();
        for (ContributionLine line : lines) {
            jdbc.sql("""
                            insert into contribution_by_country
                                (period_month, contributing_country, personnel_type, male, female, total)
                            values (:month, :country, :type, :male, :female, :total)
                            """)
                    .param("month", month.atDay(1))
                    .param("country", line.country())
                    .param("type", line.personnelType().name())
                    .param("male", line.male(), java.sql.Types.INTEGER)
                    .param("female", line.female(), java.sql.Types.INTEGER)
                    .param("total", line.total())
                    .update();
        }
    }

    /** The months of the range whose statistics name no missions. */
    List<YearMonth> monthsWithoutMissions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select distinct period_month from contribution_by_country country_line
                        where period_month between :from and :to
                        and not exists (select 1 from peacekeeping_contribution mission_line
                                        where mission_line.period_month = country_line.period_month)
                        order by period_month
                        """)
                .param("from", from)
                .param("to", to)
                .query((row, number) -> YearMonth.from(row.getDate(1).toLocalDate()))
                .list();
    }

    Optional<MonthReport> report(YearMonth month) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from contribution_report where period_month = :month")
                .param("month", month.atDay(1))
                .query(ContributionMonths::report)
                .optional();
    }

    List<MonthReport> reports() {
        return jdbc.sql("select " + REPORT_COLUMNS + " from contribution_report order by period_month")
                .query(ContributionMonths::report)
                .list();
    }

    void saveReport(MonthReport report) {
        jdbc.sql("delete from contribution_report where period_month = :month")
                .param("month", report.month().atDay(1))
                .update();
        jdbc.sql("""
                        insert into contribution_report (period_month, publisher, title, names_missions, report_lines,
                            people, content_digest, file_name, origin, imported_at)
                        values (:month, :publisher, :title, :namesMissions, :lines, :people, :digest, :fileName,
                            :origin, :importedAt)
                        """)
                .param("month", report.month().atDay(1))
                .param("publisher", report.publisher())
                .param("title", cut(report.title(), MonthReport.TITLE_MAX_LENGTH))
                .param("namesMissions", report.namesMissions())
                .param("lines", report.lines())
                .param("people", report.people())
                .param("digest", report.digest())
                .param("fileName", cut(report.fileName(), MonthReport.FILE_NAME_MAX_LENGTH), java.sql.Types.VARCHAR)
                .param("origin", report.origin().name())
                .param("importedAt", Timestamp.from(report.importedAt()))
                .update();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static final String REPORT_COLUMNS = "period_month, publisher, title, names_missions, report_lines, people,"
            + " content_digest, file_name, origin, imported_at";

    private static MonthReport report(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new MonthReport(
                YearMonth.from(row.getDate(1).toLocalDate()),
                row.getString(2),
                row.getString(3),
                row.getBoolean(4),
                row.getInt(5),
                row.getLong(6),
                row.getString(7),
                row.getString(8),
                MonthReport.Origin.valueOf(row.getString(9)),
                row.getTimestamp(10).toInstant());
    }

    /** What identifies a line of a report that names no missions. */
    record CountryKey(LocalDate month, String country, PersonnelType type) {
        static CountryKey of(ContributionLine line) {
            return new CountryKey(line.month(), line.country(), line.personnelType());
        }
    }
}
