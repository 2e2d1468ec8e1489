package org.cooperationatlas.peacekeeping;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Pages of contribution lines in the order of the natural key (month, country, mission, personnel type), read
 * from an index in that order after the previous page's last key: the same few index entries at any depth, with
 * or without a filter (V16 indexes the key behind the country and behind the mission). Native SQL, because a
 * row-value comparison is what both databases turn into one index range.
 */
@Component
class ContributionPages {

    private static final String SELECT = """
            select c.period_month, c.contributing_country, c.mission_id, m.acronym, c.personnel_type,
                   c.male, c.female, c.total
            from peacekeeping_contribution c join mission m on m.id = c.mission_id
            where c.period_month between :fromDay and :toDay
            """;
    private static final String BY_COUNTRY = " and c.contributing_country = :country";
    private static final String BY_MISSION = " and c.mission_id = :missionId";
    private static final String AFTER = """
             and (c.period_month, c.contributing_country, c.mission_id, c.personnel_type)
                 > (:afterMonth, :afterCountry, :afterMission, :afterType)
            """;
    private static final String ORDER = """
             order by c.period_month, c.contributing_country, c.mission_id, c.personnel_type
             offset :offset rows fetch first :size rows only
            """;

    private final JdbcClient jdbc;

    ContributionPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContributionPage.Line> read(String iso2, Long missionId, LocalDate fromDay, LocalDate toDay,
                                     ContributionCursor after, int offset, int size) {
        String sql = SELECT + (iso2 == null ? "" : BY_COUNTRY) + (missionId == null ? "" : BY_MISSION)
                     + (after == null ? "" : AFTER) + ORDER;
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("fromDay", fromDay).param("toDay", toDay)
                .param("offset", offset).param("size", size);
        if (iso2 != null) {
            statement = statement.param("country", iso2);
        }
        if (missionId != null) {
            statement = statement.param("missionId", missionId);
        }
        if (after != null) {
            statement = statement.param("afterMonth", after.month()).param("afterCountry", after.country())
                    .param("afterMission", after.missionId()).param("afterType", after.personnelType().name());
        }
        return statement.query((row, number) -> new ContributionPage.Line(
                new ContributionLine(row.getDate(1).toLocalDate(), row.getString(2), row.getString(4),
                        PersonnelType.valueOf(row.getString(5)), (Integer) row.getObject(6),
                        (Integer) row.getObject(7), row.getInt(8)),
                new ContributionCursor(row.getDate(1).toLocalDate(), row.getString(2), row.getLong(3),
                        PersonnelType.valueOf(row.getString(5))))).list();
    }
}
