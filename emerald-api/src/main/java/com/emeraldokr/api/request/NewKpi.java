package com.emeraldokr.api.request;

import java.math.BigDecimal;

/**
 * Request to create or edit a KPI. Enum fields are names (HIGHER_IS_BETTER, MONTHLY, CUSTOMER,
 * LAGGING). Health: the target met is healthy, a miss within the tolerance band a warning; the band is
 * {@code toleranceType} ABSOLUTE (in the unit) or RELATIVE (a share of the target's magnitude or the
 * range's width), {@code tolerance} its amount (default RELATIVE 0.1); {@code earlyWarningPeriods} (1 to
 * 12, default 3) is how many periods in a row a healthy KPI may worsen before an early warning.
 * {@code version} is required when editing.
 * {@code source}, when given, makes Emerald collect the values from a JQL query.
 */
public record NewKpi(String name, String description, String unit, String direction, BigDecimal target,
                     BigDecimal rangeLow, BigDecimal rangeHigh, String toleranceType, BigDecimal tolerance,
                     Integer earlyWarningPeriods, String cadence, String category, String timing, String projectKey, String targetDate, Integer version,
                     Source source) {

    /** A JQL query and the aggregate over its issues (COUNT, SUM, AVERAGE, AVERAGE_AGE_DAYS, AVERAGE_RESOLUTION_DAYS). */
    public record Source(String jql, String aggregate, String field) {
    }

    /** A KPI whose values people record. */
    public NewKpi(String name, String description, String unit, String direction, BigDecimal target,
                  BigDecimal rangeLow, BigDecimal rangeHigh, String toleranceType, BigDecimal tolerance,
                  Integer earlyWarningPeriods, String cadence, String category, String timing, String projectKey,
                  String targetDate, Integer version) {
        this(name, description, unit, direction, target, rangeLow, rangeHigh, toleranceType, tolerance,
                earlyWarningPeriods, cadence,
                category, timing, projectKey, targetDate, version, null);
    }
}
