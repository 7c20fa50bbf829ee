package com.emeraldokr.api.view;

import com.emeraldokr.api.request.NewKpi;

import java.math.BigDecimal;
import java.util.List;

/** What REST and the gadgets show of KPIs. */
public final class KpiViews {

    private KpiViews() {
    }

    public record PeriodHealthView(String period, BigDecimal value, String health) {
    }

    public record TrendView(String direction, double slopePerPeriod, int periods) {
    }

    /** The recovery OKR proposed for a KPI that stayed unhealthy, worded in the reader's language. */
    public record RecoveryView(String objective, String keyResult, String kind, BigDecimal start, BigDecimal target,
                               String unit, String cycleName, String cycleStart, String cycleEnd) {
    }

    public record KpiView(long id, String name, String description, String unit, String direction, BigDecimal target,
                          BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal healthyThreshold, BigDecimal watchThreshold,
                          String cadence, String category, String timing, String projectKey, String ownerKey,
                          String targetDate, boolean archived, int version, PeriodHealthView current, TrendView trend,
                          List<PeriodHealthView> history, RecoveryView recovery, NewKpi.Source source) {
    }

    /**
     * One page of KPIs as the KPI health gadget shows them: {@code total} counts every KPI the reader may see
     * with the filters asked, {@code start} is the position of the first one listed.
     */
    public record KpiHealthPage(List<KpiView> kpis, int total, int start) {
    }

    public record MeasurementView(String period, BigDecimal value, String recordedAt, String source, String note,
                                  boolean created) {
    }

    public record PurgeView(long kpiId, String name, int measurementsDeleted) {
    }
}
