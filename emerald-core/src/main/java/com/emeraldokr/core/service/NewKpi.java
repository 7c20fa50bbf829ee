package com.emeraldokr.core.service;

import java.math.BigDecimal;

/**
 * Request to create or edit a KPI. Enum fields are names (HIGHER_IS_BETTER, MONTHLY, CUSTOMER,
 * LAGGING); thresholds default to 0.9 and 0.7; {@code version} is required when editing.
 */
public record NewKpi(String name, String description, String unit, String direction, BigDecimal target,
                     BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal healthyThreshold, BigDecimal watchThreshold,
                     String cadence, String category, String timing, String projectKey, String targetDate, Integer version) {
}
