package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.kpi.KpiCheckIns;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Key results measured by a KPI read their check-ins from the KPI's measurements ({@link KpiCheckIns}).
 * Like a hand-entered check-in, the newest one is also kept on the key-result row, so a dashboard assesses
 * a whole cycle from the rows alone: every write of a measurement refreshes it in the same transaction.
 */
final class KpiMeasuredKeyResults {

    private KpiMeasuredKeyResults() {
    }

    /**
     * Sets the latest value of every key result measured by the KPI from its measurements now, and tells
     * {@code changedCycles} the cycles of the rows it wrote, for their cached rows to be dropped after the transaction.
     */
    static void refresh(ActiveObjects ao, long kpiId, Consumer<Long> changedCycles) {
        KeyResultEntity[] krs = ao.find(KeyResultEntity.class, Query.select().where("KPI_ID = ?", kpiId));
        if (krs.length == 0) {
            return;
        }
        Map<Long, List<CheckIn>> checkIns = checkIns(ao, Arrays.asList(krs));
        for (KeyResultEntity kr : krs) {
            List<CheckIn> list = checkIns.getOrDefault(kr.getIssueId(), List.of());
            CheckIn latest = list.isEmpty() ? null : list.get(list.size() - 1);
            kr.setLatestValue(latest == null ? null : latest.value().toPlainString());
            kr.setLatestAt(latest == null ? null : latest.at().toEpochMilli());
            kr.setLatestConfidence(latest == null ? null : latest.confidence());
            kr.save();
            changedCycles.accept(kr.getCycleId());
        }
    }

    /**
     * The check-ins of the KPI-measured key results among {@code krs}, oldest first, by key-result issue id;
     * two statements (cycles, measurements) however many there are, none when no key result is KPI-measured.
     */
    static Map<Long, List<CheckIn>> checkIns(ActiveObjects ao, Collection<KeyResultEntity> krs) {
        List<KeyResultEntity> measured = krs.stream().filter(k -> k.getKpiId() != null).toList();
        Map<Long, List<CheckIn>> byKeyResult = new HashMap<>();
        if (measured.isEmpty()) {
            return byKeyResult;
        }
        Map<Integer, CycleEntity> cycles = new HashMap<>();
        for (CycleEntity c : ao.find(CycleEntity.class, Query.select())) {
            cycles.put(c.getID(), c);
        }
        List<Long> kpiIds = measured.stream().map(KeyResultEntity::getKpiId).distinct().toList();
        Map<Long, List<KpiCheckIns.Reading>> readings = new HashMap<>();
        for (List<Long> chunk : ActiveObjectsOkrStore.chunks(kpiIds)) {
            for (KpiMeasurementEntity m : ao.find(KpiMeasurementEntity.class, Query.select()
                    .where(ActiveObjectsOkrStore.inClause("KPI_ID", chunk.size()) + " AND DELETED_AT IS NULL", chunk.toArray()))) {
                readings.computeIfAbsent(m.getKpiId(), k -> new ArrayList<>()).add(new KpiCheckIns.Reading(
                        ActiveObjectsKpiStore.toMeasurement(m), Instant.ofEpochMilli(m.getRecordedAt()), m.getNote(),
                        m.getUpdatedBy()));
            }
        }
        for (KeyResultEntity kr : measured) {
            CycleEntity cycle = cycles.get((int) kr.getCycleId());
            if (cycle == null) {
                continue;
            }
            byKeyResult.put(kr.getIssueId(), KpiCheckIns.inCycle(readings.getOrDefault(kr.getKpiId(), List.of()),
                    LocalDate.parse(cycle.getStartDate()), LocalDate.parse(cycle.getEndDate()), ZoneId.of(cycle.getTimeZone())));
        }
        return byKeyResult;
    }
}
