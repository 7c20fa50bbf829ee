package com.emeraldokr.core.domain.kpi;

/**
 * Health of a KPI in one period: the target met is HEALTHY, a miss inside the tolerance band is a
 * WARNING, a bigger miss UNHEALTHY. A period without a measurement is NO_DATA, never healthy.
 */
public enum KpiHealth {
    HEALTHY, WARNING, UNHEALTHY, NO_DATA
}
