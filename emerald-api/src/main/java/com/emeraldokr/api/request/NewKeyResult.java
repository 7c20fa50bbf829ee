package com.emeraldokr.api.request;

import java.math.BigDecimal;

/**
 * One key result of a {@link NewObjective}; a missing weight counts as 1. {@code upper} is the upper
 * edge of a STAY_WITHIN band (the target is its lower edge); a MILESTONE may omit start and target.
 * {@code kpiId}, when given, names the KPI whose measurements in the cycle are the key result's check-ins
 * (a numeric kind only; manual check-ins are then refused).
 */
public record NewKeyResult(String issueKey, String kind, BigDecimal start, BigDecimal target, BigDecimal upper,
                           String unit, BigDecimal weight, Long kpiId) {

    public NewKeyResult(String issueKey, String kind, BigDecimal start, BigDecimal target, BigDecimal upper,
                        String unit, BigDecimal weight) {
        this(issueKey, kind, start, target, upper, unit, weight, null);
    }

    public NewKeyResult(String issueKey, String kind, BigDecimal start, BigDecimal target, String unit, BigDecimal weight) {
        this(issueKey, kind, start, target, null, unit, weight);
    }
}
