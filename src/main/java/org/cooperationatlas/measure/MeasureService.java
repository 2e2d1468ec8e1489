package org.cooperationatlas.measure;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cooperationatlas.base.data.AggregateCache;
import org.cooperationatlas.history.AtlasRevision;
import org.cooperationatlas.security.Role;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The metrics and units figures are given in: read by everyone (as a {@link Measures} snapshot per state of the
 * data, so that every node reads an administrator's change next), added and renamed by administrators, each change
 * kept in the history. A code, once taken, stays: it is what figures store.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeasureService {

    private final MetricRepository metrics;
    private final UnitRepository units;
    private final AggregateCache aggregates;
    private final EntityManager entityManager;

    MeasureService(
            MetricRepository metrics, UnitRepository units, AggregateCache aggregates, EntityManager entityManager) {
        this.metrics = metrics;
        this.units = units;
        this.aggregates = aggregates;
        this.entityManager = entityManager;
    }

    public Measures measures() {
        return aggregates.get(
                List.of("measures"),
                () -> new Measures(metrics.findAllByOrderByNameEn(), units.findAllByOrderByNameEn()));
    }

    public List<MetricDefinition> metricDefinitions() {
        return metrics.findAllByOrderByNameEn();
    }

    public List<UnitDefinition> unitDefinitions() {
        return units.findAllByOrderByNameEn();
    }

    /** Adds a metric; its code must be free, and its usual unit one the atlas knows. */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public MetricDefinition add(@Valid MetricDefinition metric) {
        if (metrics.existsById(metric.getCode())) {
            throw new MeasureCodeTakenException(metric.getCode());
        }
        return save(metric);
    }

    /**
     * Saves a metric's names, usual unit and whether it adds up. A metric someone else saved in the meantime fails
     * its version check.
     */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public MetricDefinition save(@Valid MetricDefinition metric) {
        if (!units.existsById(metric.getUsualUnit().code())) {
            throw new IllegalArgumentException(
                    "No unit has the code " + metric.getUsualUnit().code());
        }
        aggregates.changed();
        return metrics.saveAndFlush(metric);
    }

    /** Adds a unit; its code must be free. */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public UnitDefinition add(@Valid UnitDefinition unit) {
        if (units.existsById(unit.getCode())) {
            throw new MeasureCodeTakenException(unit.getCode());
        }
        return save(unit);
    }

    /** Saves a unit's names, the way its values are written and its kind. */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public UnitDefinition save(@Valid UnitDefinition unit) {
        aggregates.changed();
        return units.saveAndFlush(unit);
    }

    /** Every change of a metric, newest first. */
    public List<MeasureRevision> metricHistory(String code) {
        return history(MetricDefinition.class, code);
    }

    /** Every change of a unit, newest first. */
    public List<MeasureRevision> unitHistory(String code) {
        return history(UnitDefinition.class, code);
    }

    @SuppressWarnings("unchecked")
    private <T> List<MeasureRevision> history(Class<T> type, String code) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(code))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        List<MeasureRevision> revisions = new ArrayList<>();
        for (Object[] row : rows) {
            AtlasRevision revision = (AtlasRevision) row[1];
            String nameEn = row[0] instanceof MetricDefinition metric
                    ? metric.getNameEn()
                    : ((UnitDefinition) row[0]).getNameEn();
            String nameZh = row[0] instanceof MetricDefinition metric
                    ? metric.getNameZh()
                    : ((UnitDefinition) row[0]).getNameZh();
            revisions.add(new MeasureRevision(
                    Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(),
                    ((RevisionType) row[2]).name(),
                    nameEn,
                    nameZh));
        }
        return revisions;
    }

    /** A new metric or unit under a code another already has. */
    public static final class MeasureCodeTakenException extends RuntimeException {
        private final String code;

        MeasureCodeTakenException(String code) {
            super("The code " + code + " is taken");
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
