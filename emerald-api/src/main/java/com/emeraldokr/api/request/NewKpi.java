package com.emeraldokr.api.request;

import java.math.BigDecimal;

/**
 * Request to create or edit a KPI. Enum fields are names (HIGHER_IS_BETTER, MONTHLY, CUSTOMER,
 * LAGGING); thresholds default to 0.9 and 0.7; {@code version} is required when editing.
 * {@code source}, when given, makes Emerald collect the values from a JQL query.
 */
public record NewKpi(String name, String description, String unit, String direction, BigDecimal target,
                     BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal healthyThreshold, BigDecimal watchThreshold,
                     String cadence, String category, String timing, String projectKey, String targetDate, Integer version,
                     Source source) {

    /** A JQL query and the aggregate over its issues (COUNT, SUM, AVERAGE, AVERAGE_AGE_DAYS, AVERAGE_RESOLUTION_DAYS). */
    public record Source(String jql, String aggregate, String field) {
    }

    /** A KPI whose values people record. */
    public NewKpi(String name, String description, String unit, String direction, BigDecimal target,
                  BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal healthyThreshold, BigDecimal watchThreshold,
                  String cadence, String category, String timing, String projectKey, String targetDate, Integer version) {
        this(name, description, unit, direction, target, rangeLow, rangeHigh, healthyThreshold, watchThreshold, cadence,
                category, timing, projectKey, targetDate, version, null);
    }
}
