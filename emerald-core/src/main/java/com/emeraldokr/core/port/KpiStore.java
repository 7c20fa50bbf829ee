package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.kpi.KpiMeasurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of KPI definitions and their measurements. Commands run in one transaction each;
 * edits carry the version they were based on; reads of many KPIs take a fixed number of statements.
 */
public interface KpiStore {

    KpiRecord create(KpiDraft draft);

    Optional<KpiRecord> find(long kpiId);

    /** KPIs, optionally of one project, archived ones only when asked; ordered by name. */
    List<KpiRecord> list(String projectKey, boolean includeArchived);

    /** @throws StaleVersionException when the KPI is no longer at {@code expectedVersion} */
    KpiRecord update(long kpiId, int expectedVersion, KpiDraft draft, String authorKey);

    /** @throws StaleVersionException when the KPI is no longer at {@code expectedVersion} */
    KpiRecord archive(long kpiId, int expectedVersion, String authorKey);

    /**
     * Records a period's value; recording the same period again replaces it (a correction, keeping who
     * created it), also when it was deleted. Returns whether it was new (or deleted). {@code authorKey} is
     * who recorded it, null for Emerald's own collection. Key results measured by the KPI see the value at once.
     */
    boolean record(long kpiId, KpiMeasurement measurement, Instant at, String source, String note, String authorKey);

    /** {@link #record(long, KpiMeasurement, Instant, String, String, String)} by nobody in particular. */
    default boolean record(long kpiId, KpiMeasurement measurement, Instant at, String source, String note) {
        return record(kpiId, measurement, at, source, note, null);
    }

    /**
     * Deletes a period's value, keeping the row with who deleted it and when (reads leave it out); false
     * when the period has no value.
     */
    boolean delete(long kpiId, String periodKey, Instant at, String authorKey);

    /** The KPI's measurements (deleted ones left out) with periods starting on or after {@code from}, oldest first. */
    List<StoredMeasurement> measurements(long kpiId, LocalDate from);

    /** Measurements of many KPIs with periods starting on or after {@code from}, in one read. */
    Map<Long, List<KpiMeasurement>> measurements(Collection<Long> kpiIds, LocalDate from);

    /** How many key results take their check-ins from the KPI's measurements. */
    int countKeyResultsMeasuredBy(long kpiId);

    /** Deletes an archived KPI and all its measurements; returns how many measurements went. */
    int purge(long kpiId);
}
