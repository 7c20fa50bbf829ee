package com.emeraldokr.core.domain.kpi;

/**
 * Direction of a KPI over a window of periods, judged against the way it should go.
 * {@code slopePerPeriod} is in the KPI's unit (for within-range KPIs: of the distance to the range).
 */
public record KpiTrend(Direction direction, double slopePerPeriod, int periods) {

    public enum Direction {
        IMPROVING, FLAT, WORSENING, UNKNOWN
    }

    public static KpiTrend unknown(int periods) {
        return new KpiTrend(Direction.UNKNOWN, 0, periods);
    }
}
