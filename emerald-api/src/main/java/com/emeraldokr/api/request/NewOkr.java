package com.emeraldokr.api.request;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request to create an objective and its key results as new issues of a project, and register them
 * in a cycle, in one go. Key results take the same fields as {@link NewKeyResult}, with a summary
 * instead of an existing issue.
 */
public record NewOkr(String projectKey, Long cycleId, String commitment, String summary, String description,
                     List<KeyResult> keyResults) {

    /** {@code kpiId}: the KPI that measures the key result, as in {@link NewKeyResult}. */
    public record KeyResult(String summary, String kind, BigDecimal start, BigDecimal target, BigDecimal upper,
                            String unit, BigDecimal weight, Long kpiId) {

        public KeyResult(String summary, String kind, BigDecimal start, BigDecimal target, BigDecimal upper,
                         String unit, BigDecimal weight) {
            this(summary, kind, start, target, upper, unit, weight, null);
        }
    }
}
