package com.emeraldokr.core.service;

import java.math.BigDecimal;

/** One key result of a {@link NewObjective}; a missing weight counts as 1. */
public record NewKeyResult(String issueKey, String kind, BigDecimal start, BigDecimal target, String unit, BigDecimal weight) {
}
