package com.emeraldokr.core.domain.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/** The value of a KPI in one period; one per KPI and period. */
public record KpiMeasurement(Period period, BigDecimal value) {

    public KpiMeasurement {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }
}
