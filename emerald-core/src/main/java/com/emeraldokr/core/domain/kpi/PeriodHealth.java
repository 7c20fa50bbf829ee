package com.emeraldokr.core.domain.kpi;

import java.math.BigDecimal;
import java.util.Optional;

/** A KPI's health in one period, with the value behind it (empty for NO_DATA). */
public record PeriodHealth(Period period, Optional<BigDecimal> value, KpiHealth health) {
}
