package org.cooperationatlas.record;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.history.AtlasRevision;
import org.cooperationatlas.security.Role;
import org.cooperationatlas.source.Source;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A record's edit history from Hibernate Envers, compared field by field, and the restoring of an earlier version. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class RecordHistory {

    private final EntityManager entityManager;
    private final RecordRepository records;
    private final RecordWriter writes;
    private final JdbcClient jdbc;
    /** The most recent deletions an editor is shown. */
    static final int DELETED_SHOWN = 500;

    RecordHistory(EntityManager entityManager, RecordRepository records, RecordWriter writes, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.entityManager = entityManager;
        this.records = records;
    }

    /**
     * Every revision of the record, newest first, each with the fields it changed. Who made a change is told to
     * signed-in users only: to a visitor, an editor's user name is nobody's business.
     */
    public List<RecordRevision> of(long recordId) {
        boolean signedIn = signedIn();
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<AuditedState> rows = AuditedState.of(reader.createQuery()
                .forRevisionsOfEntity(CooperationRecord.class, false, true)
                .add(AuditEntity.id().eq(recordId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList());
        List<RecordRevision> revisions = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (AuditedState row : rows) {
            AtlasRevision revision = row.revision();
            RevisionType type = row.type();
            Map<String, String> after = type == RevisionType.DEL
                    ? Map.of()
                    : snapshot(row.record(), figuresAt(reader, recordId, revision.getId()));
            revisions.add(new RecordRevision(
                    revision.getId(),
                    Instant.ofEpochMilli(revision.getTimestamp()),
                    signedIn ? revision.getUsername() : null,
                    type.name(),
                    changes(before, after)));
            before = after;
        }
        Collections.reverse(revisions);
        return revisions;
    }

    /**
     * Puts the record back as it was after the given revision (fields, partners, places, sources and figures).
     * The restore is saved like any edit, so it is itself in the history and can be undone. Refused, like a save,
     * when the record changed since the editor read it at {@code expectedVersion}.
     */
    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public CooperationRecord restore(long recordId, long revision, long expectedVersion) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        CooperationRecord old = reader.find(CooperationRecord.class, recordId, revision);
        CooperationRecord current = records.findById(recordId).orElseThrow();
        // Restoring over a version the editor has not seen would undo someone's edit unseen.
        if (current.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CooperationRecord.class, recordId);
        }
        if (old == null) {
            throw new IllegalArgumentException("Revision " + revision + " does not hold record " + recordId);
        }
        RecordFootprint before = RecordFootprint.of(current);
        copy(old, figuresAt(reader, recordId, revision), current);
        return writes.save(before, current);
    }

    // Everything a revision held, onto a record of this session.
    private void copy(CooperationRecord old, List<Figure> figures, CooperationRecord onto) {
        onto.setTitle(old.getTitle());
        onto.setKind(old.getKind());
        onto.setCrimeArea(old.getCrimeArea());
        onto.setLeadCountry(country(old.getLeadCountry()));
        onto.setPartners(old.getPartners().stream().map(this::country).collect(Collectors.toSet()));
        onto.setPlaces(old.getPlaces().stream()
                .map(p -> new Place(p.getName(), p.getLocality(), country(p.getCountry())))
                .toList());
        onto.setStartDate(old.getStartDate());
        onto.setStartPrecision(old.getStartPrecision());
        onto.setEndDate(old.getEndDate());
        onto.setEndPrecision(old.getEndPrecision());
        onto.setStatus(old.getStatus());
        onto.setSummary(old.getSummary());
        onto.setSources(old.getSources().stream().map(this::source).collect(Collectors.toSet()));
        onto.setFigures(figures.stream().map(this::copy).toList());
    }

    private static boolean signedIn() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
    }

    /** Records deleted and not restored since, newest deletion first: what an editor may bring back. */
    public List<DeletedRecord> deleted() {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<AuditedState> rows = AuditedState.of(reader.createQuery()
                .forRevisionsOfEntity(CooperationRecord.class, false, true)
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(DELETED_SHOWN)
                .getResultList());
        Set<Long> restored = new HashSet<>(jdbc.sql("select deleted_id from record_undelete")
                .query(Long.class)
                .list());
        boolean signedIn = signedIn();
        List<DeletedRecord> deleted = new ArrayList<>();
        for (AuditedState row : rows) {
            CooperationRecord record = row.record();
            AtlasRevision revision = row.revision();
            if (!restored.contains(record.getId())) {
                deleted.add(new DeletedRecord(
                        record.getId(),
                        record.getTitle(),
                        Instant.ofEpochMilli(revision.getTimestamp()),
                        signedIn ? revision.getUsername() : null,
                        revision.getId()));
            }
        }
        return deleted;
    }

    /**
     * Brings a deleted record back as it was before its deletion (fields, partners, places, sources, figures), as
     * a new record saved like any other, so that the overview counts it again; the deleted one leaves the list.
     */
    @Transactional
    @Secured(Role.EDITOR_AUTHORITY)
    public CooperationRecord undelete(long deletedId) {
        if (records.existsById(deletedId)
                || !jdbc.sql("select restored_id from record_undelete where deleted_id = :id")
                        .param("id", deletedId)
                        .query(Long.class)
                        .list()
                        .isEmpty()) {
            throw new IllegalArgumentException("Record " + deletedId + " is not a deleted record");
        }
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Number> revisions = reader.getRevisions(CooperationRecord.class, deletedId);
        if (revisions.size() < 2) {
            throw new IllegalArgumentException("Record " + deletedId + " has no state before its deletion");
        }
        long lastState = revisions.get(revisions.size() - 2).longValue();
        CooperationRecord old = reader.find(CooperationRecord.class, deletedId, lastState);
        CooperationRecord brought = new CooperationRecord();
        copy(old, figuresAt(reader, deletedId, lastState), brought);
        CooperationRecord saved = writes.save(null, brought);
        jdbc.sql("insert into record_undelete (deleted_id, restored_id) values (:deleted, :restored)")
                .param("deleted", deletedId)
                .param("restored", saved.getId())
                .update();
        return saved;
    }

    // The audit reader's references belong to its own reading; the restored record gets this session's own.
    private Country country(Country audited) {
        return audited == null ? null : entityManager.getReference(Country.class, audited.getIso2());
    }

    private Source source(Source audited) {
        return entityManager.getReference(Source.class, audited.getId());
    }

    private Figure copy(Figure old) {
        Figure figure =
                new Figure(old.getMetric(), old.getValue(), old.getQualifier(), old.getUnit(), source(old.getSource()));
        figure.setPeriodFrom(old.getPeriodFrom());
        figure.setPeriodTo(old.getPeriodTo());
        figure.setCumulative(old.isCumulative());
        figure.setCountry(country(old.getCountry()));
        figure.setQuote(old.getQuote());
        return figure;
    }

    @SuppressWarnings("unchecked")
    private static List<Figure> figuresAt(AuditReader reader, long recordId, long revision) {
        return reader.createQuery()
                .forEntitiesAtRevision(Figure.class, revision)
                .add(AuditEntity.relatedId("record").eq(recordId))
                .addOrder(AuditEntity.property("position").asc())
                .getResultList();
    }

    private static Map<String, String> snapshot(CooperationRecord record, List<Figure> figures) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("record.title", record.getTitle());
        fields.put("record.kind", name(record.getKind()));
        fields.put("record.crimeArea", name(record.getCrimeArea()));
        fields.put(
                "record.lead",
                record.getLeadCountry() == null ? null : record.getLeadCountry().getIso2());
        fields.put(
                "record.partners",
                record.getPartners().stream().map(c -> c.getIso2()).sorted().collect(Collectors.joining(", ")));
        fields.put("record.start", record.getStartDate() + " (" + name(record.getStartPrecision()) + ")");
        fields.put(
                "record.end",
                record.getEndDate() == null ? null : record.getEndDate() + " (" + name(record.getEndPrecision()) + ")");
        fields.put("record.status", name(record.getStatus()));
        fields.put("record.summary", record.getSummary());
        fields.put(
                "record.section.places",
                record.getPlaces().stream()
                        .map(p -> p.getName() + (p.getLocality() == null ? "" : ", " + p.getLocality()) + " ("
                                + p.getCountry().getIso2() + ")")
                        .collect(Collectors.joining("; ")));
        fields.put(
                "record.sources",
                record.getSources().stream().map(s -> s.label()).sorted().collect(Collectors.joining("; ")));
        fields.put(
                "record.section.figures",
                figures.stream().map(RecordHistory::describe).collect(Collectors.joining("\n")));
        return fields;
    }

    private static String describe(Figure f) {
        return f.getMetric() + " " + f.getQualifier() + " "
                + f.getValue().stripTrailingZeros().toPlainString() + " "
                + f.getUnit() + (f.getPeriodFrom() == null ? "" : " " + f.getPeriodFrom() + "–" + f.getPeriodTo())
                + (f.isCumulative() ? " cumulative" : "")
                + (f.getCountry() == null ? "" : " " + f.getCountry().getIso2());
    }

    private static List<RecordRevision.FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<RecordRevision.FieldChange> changes = new ArrayList<>();
        LinkedHashMap<String, String> fields = new LinkedHashMap<>(before);
        after.forEach(fields::putIfAbsent);
        for (String field : fields.keySet()) {
            String was = blankToNull(before.get(field));
            String is = blankToNull(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new RecordRevision.FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
