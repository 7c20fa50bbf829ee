package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.core.ao.KpiEntity;
import com.emeraldokr.core.ao.KpiMeasurementEntity;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiThresholds;

import java.math.BigDecimal;

/**
 * Model 7: KPI health by tolerance band and the KPI ↔ OKR loop as actions. KPIs get a tolerance band
 * and an early-warning run (existing KPIs get the relative band that keeps the unhealthy edge of their
 * ratio thresholds, and the default run); measurements get their audit columns (created at/by, updated
 * by, deleted at/by; existing rows count as created when last recorded, by someone unknown); key results
 * may name the KPI that measures them; LOOP_PROPOSAL holds decisions on proposals.
 */
public final class KpiLoop implements SchemaStep {

    @Override
    public int toVersion() {
        return 7;
    }

    @Override
    public void upgrade(int fromVersion, ActiveObjects ao) {
        // the current entities carry model 5's unique issue ids: rows stored twice must go first
        UniqueRegistrations.dropDuplicateRegistrations(ao);
        ao.migrate(EmeraldEntities.asArray());
        for (KpiEntity kpi : ao.find(KpiEntity.class, "TOLERANCE_TYPE IS NULL")) {
            KpiThresholds band = KpiThresholds.fromRatioThresholds(KpiDirection.valueOf(kpi.getDirection()),
                    new BigDecimal(kpi.getWatchThreshold()));
            kpi.setToleranceType(band.tolerance().name());
            kpi.setTolerance(band.amount().toPlainString());
            kpi.setEarlyWarningPeriods(band.earlyWarningPeriods());
            kpi.save();
        }
        for (KpiMeasurementEntity m : ao.find(KpiMeasurementEntity.class, "CREATED_AT IS NULL")) {
            m.setCreatedAt(m.getRecordedAt());
            m.save();
        }
    }
}
