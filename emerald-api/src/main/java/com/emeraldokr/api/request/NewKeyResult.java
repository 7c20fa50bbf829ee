package com.emeraldokr.api.request;

import java.math.BigDecimal;

/**
 * One key result of a {@link NewObjective}; a missing weight counts as 1. {@code upper} is the upper
 * edge of a STAY_WITHIN band (the target is its lower edge); a MILESTONE may omit start and target.
 */
public record NewKeyResult(String issueKey, String kind, BigDecimal start, BigDecimal target, BigDecimal upper,
                           String unit, BigDecimal weight) {

    public NewKeyResult(String issueKey, String kind, BigDecimal start, BigDecimal target, String unit, BigDecimal weight) {
        this(issueKey, kind, start, target, null, unit, weight);
    }
}
