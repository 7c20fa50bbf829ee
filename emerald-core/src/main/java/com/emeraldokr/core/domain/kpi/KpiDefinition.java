package com.emeraldokr.core.domain.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a KPI watches. Higher- and lower-is-better KPIs compare with {@code target}, which may be zero
 * or negative ("zero sev-1 incidents", "net margin at least 0"); within-range KPIs keep the value in
 * [rangeLow, rangeHigh]. {@code thresholds} hold the tolerance band and the early-warning run.
 * {@code targetDate} is set only when someone gave the KPI a deadline, which the lint questions.
 */
public record KpiDefinition(String name, String unit, KpiDirection direction, BigDecimal target,
                            BigDecimal rangeLow, BigDecimal rangeHigh, KpiThresholds thresholds, Cadence cadence,
                            KpiCategory category, IndicatorTiming timing, LocalDate targetDate) {

    public KpiDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(timing, "timing");
        unit = unit == null ? "" : unit;
        if (direction == KpiDirection.WITHIN_RANGE) {
            Objects.requireNonNull(rangeLow, "a within-range KPI needs the low end of its range");
            Objects.requireNonNull(rangeHigh, "a within-range KPI needs the high end of its range");
            if (rangeHigh.compareTo(rangeLow) < 0) {
                throw new IllegalArgumentException("the range " + rangeLow + " to " + rangeHigh + " is upside down");
            }
        } else {
            Objects.requireNonNull(target, "a KPI needs a target");
        }
    }
}
