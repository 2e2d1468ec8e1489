package org.cooperationatlas.peacekeeping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages of contribution lines in the order of the natural key (month, country, mission, personnel type), read
 * from an index in that order after the previous page's last key: the same few index entries at any depth, with
 * or without a filter (V16 indexes the key behind the country and behind the mission). Native SQL, because a
 * row-value comparison is what both databases turn into one index range.
 */
@Component
class ContributionPages {

    // Read from the index alone (V16 puts the counts in it). No join: with the mission table as the outer one,
    // H2 read every line of each mission; the page's few missions are named from their own table afterwards.
    private static final String SELECT = """
            select c.period_month, c.contributing_country, c.mission_id, c.personnel_type, c.male, c.female, c.total
            from peacekeeping_contribution c
            """;
    // Only for years asked: without it, H2 reads the key's own index in order instead of weighing the month index.
    private static final String BY_MONTHS = "c.period_month between :fromDay and :toDay";
    private static final String BY_COUNTRY = "c.contributing_country = :country";
    private static final String BY_MISSION = "c.mission_id = :missionId";
    // The key in the order of the index that serves the filter: a column every line of the page shares comes first,
    // which changes nothing in the order but lets H2 see that the index is already in it (it sorted every line of
    // the mission otherwise). PostgreSQL sees it either way.
    private static final String KEY = "c.period_month, c.contributing_country, c.mission_id, c.personnel_type";
    private static final String KEY_OF_COUNTRY =
            "c.contributing_country, c.period_month, c.mission_id, c.personnel_type";
    private static final String KEY_OF_MISSION =
            "c.mission_id, c.period_month, c.contributing_country, c.personnel_type";
    private static final String AFTER_KEY = "(:afterMonth, :afterCountry, :afterMission, :afterType)";
    private static final String AFTER_KEY_OF_COUNTRY = "(:afterCountry, :afterMonth, :afterMission, :afterType)";
    private static final String AFTER_KEY_OF_MISSION = "(:afterMission, :afterMonth, :afterCountry, :afterType)";
    private static final String PAGE = " offset :offset rows fetch first :size rows only";

    private final JdbcClient jdbc;

    ContributionPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines after the cursor (or the offset), of the country, mission and months if given. */
    List<ContributionPage.Line> read(
            String iso2,
            Long missionId,
            LocalDate fromDay,
            LocalDate toDay,
            ContributionCursor after,
            int offset,
            int size) {
        boolean months = fromDay != null || toDay != null;
        List<String> conditions = new ArrayList<>();
        if (months) {
            conditions.add(BY_MONTHS);
        }
        if (iso2 != null) {
            conditions.add(BY_COUNTRY);
        }
        if (missionId != null) {
            conditions.add(BY_MISSION);
        }
        String order = iso2 != null ? KEY_OF_COUNTRY : missionId != null ? KEY_OF_MISSION : KEY;
        if (after != null) {
            conditions.add("(" + order + ") > "
                    + (iso2 != null ? AFTER_KEY_OF_COUNTRY : missionId != null ? AFTER_KEY_OF_MISSION : AFTER_KEY));
        }
        String sql = SELECT + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by "
                + order + PAGE;
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("offset", offset).param("size", size);
        if (months) {
            statement = statement
                    .param("fromDay", fromDay == null ? LocalDate.of(1, 1, 1) : fromDay)
                    .param("toDay", toDay == null ? LocalDate.of(9999, 12, 31) : toDay);
        }
        if (iso2 != null) {
            statement = statement.param("country", iso2);
        }
        if (missionId != null) {
            statement = statement.param("missionId", missionId);
        }
        if (after != null) {
            statement = statement
                    .param("afterMonth", after.month())
                    .param("afterCountry", after.country())
                    .param("afterMission", after.missionId())
                    .param("afterType", after.personnelType().name());
        }
        List<Row> rows = statement
                .query((row, number) -> new Row(
                        new ContributionCursor(
                                row.getDate(1).toLocalDate(),
                                row.getString(2),
                                row.getLong(3),
                                PersonnelType.valueOf(row.getString(4))),
                        (Integer) row.getObject(5),
                        (Integer) row.getObject(6),
                        row.getInt(7)))
                .list();
        Map<Long, String> acronyms = acronyms(
                rows.stream().map(row -> row.key().missionId()).distinct().toList());
        return rows.stream()
                .map(row -> new ContributionPage.Line(
                        new ContributionLine(
                                row.key().month(),
                                row.key().country(),
                                acronyms.get(row.key().missionId()),
                                row.key().personnelType(),
                                row.male(),
                                row.female(),
                                row.total()),
                        row.key()))
                .toList();
    }

    private Map<Long, String> acronyms(List<Long> missionIds) {
        if (missionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> acronyms = new HashMap<>();
        jdbc.sql("select id, acronym from mission where id in (:ids)")
                .param("ids", missionIds)
                .query(row -> {
                    acronyms.put(row.getLong(1), row.getString(2));
                });
        return acronyms;
    }

    private record Row(ContributionCursor key, Integer male, Integer female, int total) {}
}
