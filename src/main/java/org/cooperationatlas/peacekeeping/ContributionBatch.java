package org.cooperationatlas.peacekeeping;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes contribution lines in bulk with plain JDBC batches: a year of UN statistics is a hundred
 * thousand lines, which entity by entity would take minutes. Runs in the caller's transaction.
 */
@Component
class ContributionBatch {

    static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    ContributionBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored lines of the given months, by key, with their row ids. */
    Map<ContributionKey, Stored> linesIn(Collection<LocalDate> months) {
        Map<ContributionKey, Stored> stored = new HashMap<>();
        for (LocalDate month : months) {
            jdbc.query(
                    """
                    select c.id, c.period_month, c.contributing_country, m.acronym, c.personnel_type,
                           c.male, c.female, c.total
                    from peacekeeping_contribution c join mission m on m.id = c.mission_id
                    where c.period_month = ?
                    """,
                    row -> {
                        ContributionLine line = new ContributionLine(
                                row.getDate(2).toLocalDate(),
                                row.getString(3),
                                row.getString(4),
                                PersonnelType.valueOf(row.getString(5)),
                                (Integer) row.getObject(6),
                                (Integer) row.getObject(7),
                                row.getInt(8));
                        stored.put(ContributionKey.of(line), new Stored(row.getLong(1), line));
                    },
                    Date.valueOf(month));
        }
        return stored;
    }

    /** Inserts new lines and updates changed ones, reporting how many lines are done after each batch. */
    ContributionWrites write(List<ContributionLine> lines, Map<String, Long> missionIds, IntConsumer progress) {
        return write(
                lines,
                linesIn(lines.stream().map(ContributionLine::month).distinct().toList()),
                missionIds,
                progress);
    }

    /** The same, with the lines already stored in the lines' months read by the caller. */
    ContributionWrites write(
            List<ContributionLine> lines,
            Map<ContributionKey, Stored> stored,
            Map<String, Long> missionIds,
            IntConsumer progress) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (ContributionLine line : lines) {
            ContributionKey key = ContributionKey.of(line);
            Stored existing = stored.get(key);
            if (existing == null) {
                inserts.add(new Object[] {
                    Date.valueOf(line.month()),
                    line.country(),
                    missionIds.get(key.mission()),
                    line.personnelType().name(),
                    line.male(),
                    line.female(),
                    line.total()
                });
                created++;
            } else if (existing.line().sameCountsAs(line)) {
                unchanged++;
            } else {
                updates.add(new Object[] {line.male(), line.female(), line.total(), existing.id()});
                updated++;
            }
            done++;
            if (inserts.size() + updates.size() >= BATCH_SIZE) {
                flush(inserts, updates);
                progress.accept(done);
            }
        }
        flush(inserts, updates);
        progress.accept(done);
        return new ContributionWrites(created, updated, unchanged);
    }

    private void flush(List<Object[]> inserts, List<Object[]> updates) {
        int[] insertTypes = {
            Types.DATE, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER
        };
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into peacekeeping_contribution
                        (period_month, contributing_country, mission_id, personnel_type, male, female, total, version)
                    values (?, ?, ?, ?, ?, ?, ?, 0)
                    """, inserts, insertTypes);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("""
                    update peacekeeping_contribution set male = ?, female = ?, total = ?, version = version + 1
                    where id = ?
                    """, updates, new int[] {Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.BIGINT});
        }
        inserts.clear();
        updates.clear();
    }

    record Stored(long id, ContributionLine line) {}
}
