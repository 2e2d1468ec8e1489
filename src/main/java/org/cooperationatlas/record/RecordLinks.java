package org.cooperationatlas.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cooperationatlas.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an editor says report the same activity (one campaign announced by two bodies): linked, both stay and
 * show each other's figures beside their own, but a figure of the later record that repeats one of the earlier's
 * (same metric and unit, overlapping periods) is no longer counted in any total. Unlinking counts it again.
 */
@Service
@Transactional(readOnly = true)
public class RecordLinks {

    private final JdbcClient jdbc;
    private final RecordService records;

    RecordLinks(JdbcClient jdbc, RecordService records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /** A record linked to another, and who linked them when. */
    public record LinkedRecord(long id, String title, String linkedBy, Instant linkedAt) {}

    public List<LinkedRecord> linkedTo(long id) {
        return jdbc.sql("""
                        select r.id, r.title, l.linked_by, l.linked_at from record_link l
                        join cooperation_record r on r.id = case when l.first_id = :id then l.second_id else l.first_id end
                        where l.first_id = :id or l.second_id = :id order by r.period_from, r.id
                        """)
                .param("id", id)
                .query((rs, row) -> new LinkedRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * What the sources say of the record's activity: its figures and those of the records linked to it, set side
     * by side where they measure the same thing over overlapping periods.
     */
    public List<SourceAccounts.Account> accountsOf(long id) {
        List<SourceAccounts.Testimony> figures = new ArrayList<>();
        records.get(id)
                .ifPresent(record -> record.getFigures().stream()
                        .map(SourceAccounts.Testimony::of)
                        .forEach(figures::add));
        for (LinkedRecord linked : linkedTo(id)) {
            records.get(linked.id())
                    .ifPresent(record -> record.getFigures().stream()
                            .map(SourceAccounts.Testimony::of)
                            .forEach(figures::add));
        }
        return SourceAccounts.of(figures);
    }

    /** Links two records as the same activity reported twice, and stops counting the later one's repeats. */
    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public void link(long one, long other) {
        if (one == other) {
            throw new IllegalArgumentException("A record is not linked to itself");
        }
        long first = Math.min(one, other);
        long second = Math.max(one, other);
        boolean linked = jdbc.sql("select count(*) from record_link where first_id = :first and second_id = :second")
                        .param("first", first)
                        .param("second", second)
                        .query(Long.class)
                        .single()
                > 0;
        if (!linked) {
            jdbc.sql("insert into record_link (first_id, second_id, linked_by, linked_at)"
                            + " values (:first, :second, :by, :at)")
                    .param("first", first)
                    .param("second", second)
                    .param(
                            "by",
                            SecurityContextHolder.getContext()
                                    .getAuthentication()
                                    .getName())
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
        recount(Set.of(first, second));
    }

    /** Undoes a link: each record's figures count again unless another link still repeats them. */
    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public void unlink(long one, long other) {
        jdbc.sql("delete from record_link where first_id = :first and second_id = :second")
                .param("first", Math.min(one, other))
                .param("second", Math.max(one, other))
                .update();
        recount(Set.of(one, other));
    }

    // A figure counts unless an earlier linked record (a lower id: entered first) has one of the same metric and
    // unit over an overlapping period. Changed records are saved through the service: their summaries and history
    // follow.
    private void recount(Set<Long> ids) {
        for (long id : ids) {
            CooperationRecord record = records.get(id).orElseThrow();
            List<SourceAccounts.Testimony> earlier = new ArrayList<>();
            for (LinkedRecord linked : linkedTo(id)) {
                if (linked.id() < id) {
                    records.get(linked.id()).orElseThrow().getFigures().stream()
                            .map(SourceAccounts.Testimony::of)
                            .forEach(earlier::add);
                }
            }
            Set<Long> changed = new HashSet<>();
            for (Figure figure : record.getFigures()) {
                SourceAccounts.Testimony mine = SourceAccounts.Testimony.of(figure);
                boolean repeats = earlier.stream()
                        .anyMatch(other -> other.metric().equals(mine.metric())
                                && other.unit().equals(mine.unit())
                                && other.overlaps(mine));
                if (figure.isCounted() == repeats) {
                    figure.setCounted(!repeats);
                    changed.add(figure.getId());
                }
            }
            if (!changed.isEmpty()) {
                records.save(record);
            }
        }
    }
}
