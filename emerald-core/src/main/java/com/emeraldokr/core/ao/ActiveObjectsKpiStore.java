package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.api.error.StaleVersionException;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.SharedCaches;
import com.emeraldokr.core.port.StoredMeasurement;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@link KpiStore} on the Active Objects facade. */
@Named
public class ActiveObjectsKpiStore implements KpiStore {

    static final String REVISION_KIND = "KPI";

    private final ActiveObjects ao;
    private final RevisionLock revisions;
    private final RetriedTransaction retried;
    private final CycleRowsCache cycleRows;

    @Inject
    public ActiveObjectsKpiStore(@ComponentImport ActiveObjects ao, Clock clock, SharedCaches caches) {
        this.ao = ao;
        this.revisions = new RevisionLock(ao, clock);
        this.retried = new RetriedTransaction(ao);
        this.cycleRows = new CycleRowsCache(caches, ao);
    }

    @Override
    public KpiRecord create(KpiDraft draft) {
        return ao.executeInTransaction(() -> {
            List<DBParam> params = new ArrayList<>(columns(draft));
            params.add(new DBParam("ARCHIVED", false));
            params.add(new DBParam("VERSION", 1));
            return toRecord(ao.create(KpiEntity.class, params.toArray(new DBParam[0])));
        });
    }

    @Override
    public Optional<KpiRecord> find(long kpiId) {
        return entity(kpiId).map(ActiveObjectsKpiStore::toRecord);
    }

    private Optional<KpiEntity> entity(long kpiId) {
        if (kpiId <= 0 || kpiId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Arrays.stream(ao.find(KpiEntity.class, Query.select().where("ID = ?", (int) kpiId))).findFirst();
    }

    @Override
    public List<KpiRecord> list(String projectKey, boolean includeArchived) {
        List<String> criteria = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (projectKey != null) {
            criteria.add("PROJECT_KEY = ?");
            args.add(projectKey);
        }
        if (!includeArchived) {
            criteria.add("ARCHIVED = ?");
            args.add(false);
        }
        Query query = Query.select().order("NAME, ID");
        if (!criteria.isEmpty()) {
            query = query.where(String.join(" AND ", criteria), args.toArray());
        }
        return Arrays.stream(ao.find(KpiEntity.class, query)).map(ActiveObjectsKpiStore::toRecord).toList();
    }

    @Override
    public KpiRecord update(long kpiId, int expectedVersion, KpiDraft draft, String authorKey) {
        return edit(kpiId, expectedVersion, authorKey, kpi -> {
            for (DBParam column : columns(draft)) {
                set(kpi, column.getField(), column.getValue());
            }
        });
    }

    @Override
    public KpiRecord archive(long kpiId, int expectedVersion, String authorKey) {
        return edit(kpiId, expectedVersion, authorKey, kpi -> kpi.setArchived(true));
    }

    private KpiRecord edit(long kpiId, int expectedVersion, String authorKey, java.util.function.Consumer<KpiEntity> change) {
        int next = expectedVersion + 1;
        return revisions.edit(REVISION_KIND, kpiId, next, () -> {
            KpiEntity kpi = entity(kpiId).orElseThrow(() -> new IllegalArgumentException("no KPI " + kpiId));
            if (kpi.getVersion() != expectedVersion) {
                throw stale(kpiId, expectedVersion);
            }
            revisions.claim(REVISION_KIND, kpiId, next, authorKey);
            change.accept(kpi);
            kpi.setVersion(next);
            kpi.save();
            return toRecord(kpi);
        }, () -> stale(kpiId, expectedVersion));
    }

    private static StaleVersionException stale(long kpiId, int expectedVersion) {
        return new StaleVersionException("version", "KPI " + kpiId + " is no longer at version " + expectedVersion);
    }

    @Override
    public boolean record(long kpiId, KpiMeasurement measurement, Instant at, String source, String note, String authorKey) {
        String naturalKey = kpiId + "/" + measurement.period().key();
        // an upsert: when a concurrent write inserted the period first (its unique key refused this insert)
        // or the database refused the transaction for a concurrent one, the next attempt finds the row and updates it
        return droppingCycleRows(changed -> retried.run(
                () -> recordOnce(kpiId, naturalKey, measurement, at, source, note, authorKey, changed),
                RetriedTransaction::constraintViolated));
    }

    /**
     * Runs a write that tells the consumer which cycles' key-result rows it wrote, then drops those cycles' cached rows
     * on every node, committed or not.
     */
    private <T> T droppingCycleRows(Function<Consumer<Long>, T> write) {
        Set<Long> changedCycles = ConcurrentHashMap.newKeySet();
        try {
            return write.apply(changedCycles::add);
        } finally {
            cycleRows.changed(changedCycles);
        }
    }

    /** One attempt of {@link #record}, in its transaction. */
    private boolean recordOnce(long kpiId, String naturalKey, KpiMeasurement measurement, Instant at, String source, String note,
                               String authorKey, Consumer<Long> changedCycles) {
        entity(kpiId).orElseThrow(() -> new IllegalArgumentException("no KPI " + kpiId));
        KpiMeasurementEntity[] existing = ao.find(KpiMeasurementEntity.class,
                Query.select().where("KPI_PERIOD = ?", naturalKey));
        boolean created;
        if (existing.length > 0) {
            KpiMeasurementEntity row = existing[0];
            created = row.getDeletedAt() != null;
            if (created) {
                // a deleted value recorded again starts a new life: its creation is this write
                row.setCreatedAt(at.toEpochMilli());
                row.setCreatedBy(authorKey);
                row.setDeletedAt(null);
                row.setDeletedBy(null);
            }
            row.setMetricValue(measurement.value().toPlainString());
            row.setRecordedAt(at.toEpochMilli());
            row.setUpdatedBy(authorKey);
            row.setSource(source);
            row.setNote(note);
            row.save();
        } else {
            ao.create(KpiMeasurementEntity.class,
                    new DBParam("KPI_ID", kpiId),
                    new DBParam("KPI_PERIOD", naturalKey),
                    new DBParam("PERIOD_KEY", measurement.period().key()),
                    new DBParam("PERIOD_START", measurement.period().start().toString()),
                    new DBParam("METRIC_VALUE", measurement.value().toPlainString()),
                    new DBParam("RECORDED_AT", at.toEpochMilli()),
                    new DBParam("SOURCE", source),
                    new DBParam("NOTE", note),
                    new DBParam("CREATED_AT", at.toEpochMilli()),
                    new DBParam("CREATED_BY", authorKey),
                    new DBParam("UPDATED_BY", authorKey));
            created = true;
        }
        KpiMeasuredKeyResults.refresh(ao, kpiId, changedCycles);
        return created;
    }

    @Override
    public boolean delete(long kpiId, String periodKey, Instant at, String authorKey) {
        return droppingCycleRows(changed -> retried.run(() -> deleteOnce(kpiId, periodKey, at, authorKey, changed)));
    }

    /** One attempt of {@link #delete}, in its transaction. */
    private boolean deleteOnce(long kpiId, String periodKey, Instant at, String authorKey, Consumer<Long> changedCycles) {
        KpiMeasurementEntity[] rows = ao.find(KpiMeasurementEntity.class,
                Query.select().where("KPI_PERIOD = ? AND DELETED_AT IS NULL", kpiId + "/" + periodKey));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setDeletedAt(at.toEpochMilli());
        rows[0].setDeletedBy(authorKey);
        rows[0].save();
        KpiMeasuredKeyResults.refresh(ao, kpiId, changedCycles);
        return true;
    }

    @Override
    public List<StoredMeasurement> measurements(long kpiId, LocalDate from) {
        return Arrays.stream(ao.find(KpiMeasurementEntity.class, Query.select()
                        .where("KPI_ID = ? AND PERIOD_START >= ? AND DELETED_AT IS NULL", kpiId, from.toString())
                        .order("PERIOD_START")))
                .map(ActiveObjectsKpiStore::toStored)
                .toList();
    }

    static StoredMeasurement toStored(KpiMeasurementEntity m) {
        Instant recorded = Instant.ofEpochMilli(m.getRecordedAt());
        return new StoredMeasurement(m.getKpiId(), toMeasurement(m), recorded, m.getSource(), m.getNote(),
                m.getCreatedAt() == null ? recorded : Instant.ofEpochMilli(m.getCreatedAt()), m.getCreatedBy(),
                m.getUpdatedBy());
    }

    @Override
    public Map<Long, List<KpiMeasurement>> measurements(Collection<Long> kpiIds, LocalDate from) {
        Map<Long, List<KpiMeasurement>> byKpi = new LinkedHashMap<>();
        kpiIds.forEach(id -> byKpi.put(id, new ArrayList<>()));
        for (List<Long> chunk : ActiveObjectsOkrStore.chunks(kpiIds)) {
            List<Object> args = new ArrayList<>(chunk);
            args.add(from.toString());
            KpiMeasurementEntity[] rows = ao.find(KpiMeasurementEntity.class, Query.select()
                    .where(ActiveObjectsOkrStore.inClause("KPI_ID", chunk.size()) + " AND PERIOD_START >= ? AND DELETED_AT IS NULL",
                            args.toArray())
                    .order("KPI_ID, PERIOD_START"));
            for (KpiMeasurementEntity row : rows) {
                byKpi.get(row.getKpiId()).add(toMeasurement(row));
            }
        }
        return byKpi;
    }

    @Override
    public int countKeyResultsMeasuredBy(long kpiId) {
        return ao.count(KeyResultEntity.class, Query.select().where("KPI_ID = ?", kpiId));
    }

    @Override
    public int purge(long kpiId) {
        return ao.executeInTransaction(() -> {
            KpiEntity kpi = entity(kpiId).orElseThrow(() -> new IllegalArgumentException("no KPI " + kpiId));
            if (!kpi.isArchived()) {
                throw new IllegalStateException("KPI " + kpiId + " is not archived; archive it before purging");
            }
            int deleted = ao.count(KpiMeasurementEntity.class, Query.select().where("KPI_ID = ? AND DELETED_AT IS NULL", kpiId));
            ao.deleteWithSQL(KpiMeasurementEntity.class, "KPI_ID = ?", kpiId);
            ao.delete(kpi);
            return deleted;
        });
    }

    static KpiMeasurement toMeasurement(KpiMeasurementEntity row) {
        return new KpiMeasurement(Period.parse(row.getPeriodKey()), new BigDecimal(row.getMetricValue()));
    }

    private static List<DBParam> columns(KpiDraft draft) {
        KpiDefinition d = draft.definition();
        return List.of(
                new DBParam("NAME", d.name()),
                new DBParam("DESCRIPTION", draft.description()),
                new DBParam("OWNER_KEY", draft.ownerKey()),
                new DBParam("PROJECT_KEY", draft.projectKey()),
                new DBParam("CATEGORY", d.category().name()),
                new DBParam("TIMING", d.timing().name()),
                new DBParam("UNIT", d.unit()),
                new DBParam("DIRECTION", d.direction().name()),
                new DBParam("TARGET_VALUE", plain(d.target())),
                new DBParam("RANGE_LOW", plain(d.rangeLow())),
                new DBParam("RANGE_HIGH", plain(d.rangeHigh())),
                // the ratio columns of models 1 to 6 stay NOT NULL; their values mean nothing since model 7
                new DBParam("HEALTHY_THRESHOLD", "1"),
                new DBParam("WATCH_THRESHOLD", "0"),
                new DBParam("TOLERANCE_TYPE", d.thresholds().tolerance().name()),
                new DBParam("TOLERANCE", d.thresholds().amount().toPlainString()),
                new DBParam("EARLY_WARNING_PERIODS", d.thresholds().earlyWarningPeriods()),
                new DBParam("CADENCE", d.cadence().name()),
                new DBParam("TARGET_DATE", d.targetDate() == null ? null : d.targetDate().toString()),
                new DBParam("SOURCE_JQL", draft.source() == null ? null : draft.source().jql()),
                new DBParam("SOURCE_AGGREGATE", draft.source() == null ? null : draft.source().aggregate().name()),
                new DBParam("SOURCE_FIELD", draft.source() == null ? null : draft.source().field()));
    }

    private static void set(KpiEntity kpi, String column, Object value) {
        switch (column) {
            case "NAME" -> kpi.setName((String) value);
            case "DESCRIPTION" -> kpi.setDescription((String) value);
            case "OWNER_KEY" -> kpi.setOwnerKey((String) value);
            case "PROJECT_KEY" -> kpi.setProjectKey((String) value);
            case "CATEGORY" -> kpi.setCategory((String) value);
            case "TIMING" -> kpi.setTiming((String) value);
            case "UNIT" -> kpi.setUnit((String) value);
            case "DIRECTION" -> kpi.setDirection((String) value);
            case "TARGET_VALUE" -> kpi.setTargetValue((String) value);
            case "RANGE_LOW" -> kpi.setRangeLow((String) value);
            case "RANGE_HIGH" -> kpi.setRangeHigh((String) value);
            case "HEALTHY_THRESHOLD" -> kpi.setHealthyThreshold((String) value);
            case "WATCH_THRESHOLD" -> kpi.setWatchThreshold((String) value);
            case "CADENCE" -> kpi.setCadence((String) value);
            case "TOLERANCE_TYPE" -> kpi.setToleranceType((String) value);
            case "TOLERANCE" -> kpi.setTolerance((String) value);
            case "EARLY_WARNING_PERIODS" -> kpi.setEarlyWarningPeriods((Integer) value);
            case "TARGET_DATE" -> kpi.setTargetDate((String) value);
            case "SOURCE_JQL" -> kpi.setSourceJql((String) value);
            case "SOURCE_AGGREGATE" -> kpi.setSourceAggregate((String) value);
            case "SOURCE_FIELD" -> kpi.setSourceField((String) value);
            default -> throw new IllegalArgumentException("unknown KPI column " + column);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** The tolerance band; a row not upgraded to model 7 yet keeps the unhealthy edge of its ratio thresholds. */
    private static KpiThresholds thresholds(KpiEntity e) {
        if (e.getToleranceType() == null) {
            return KpiThresholds.fromRatioThresholds(KpiDirection.valueOf(e.getDirection()), new BigDecimal(e.getWatchThreshold()));
        }
        return new KpiThresholds(KpiThresholds.Tolerance.valueOf(e.getToleranceType()), new BigDecimal(e.getTolerance()),
                e.getEarlyWarningPeriods() == null ? KpiThresholds.DEFAULT_EARLY_WARNING_PERIODS : e.getEarlyWarningPeriods());
    }

    private static KpiRecord toRecord(KpiEntity e) {
        KpiDefinition definition = new KpiDefinition(e.getName(), e.getUnit(), KpiDirection.valueOf(e.getDirection()),
                decimal(e.getTargetValue()), decimal(e.getRangeLow()), decimal(e.getRangeHigh()),
                thresholds(e),
                Cadence.valueOf(e.getCadence()), KpiCategory.valueOf(e.getCategory()), IndicatorTiming.valueOf(e.getTiming()),
                e.getTargetDate() == null ? null : LocalDate.parse(e.getTargetDate()));
        KpiSource source = e.getSourceJql() == null ? null
                : new KpiSource(e.getSourceJql(), KpiSource.Aggregate.valueOf(e.getSourceAggregate()), e.getSourceField());
        return new KpiRecord(e.getID(), new KpiDraft(definition, e.getDescription(), e.getOwnerKey(), e.getProjectKey(), source),
                e.isArchived(), e.getVersion());
    }
}
