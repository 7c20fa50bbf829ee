package com.emeraldokr.core.domain.kpi;

/** Which way a KPI should go. */
public enum KpiDirection {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE
}
