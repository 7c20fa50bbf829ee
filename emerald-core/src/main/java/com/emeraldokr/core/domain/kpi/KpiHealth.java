package com.emeraldokr.core.domain.kpi;

/** Health of a KPI in one period. A period without a measurement is NO_DATA, never healthy. */
public enum KpiHealth {
    HEALTHY, WATCH, UNHEALTHY, NO_DATA
}
