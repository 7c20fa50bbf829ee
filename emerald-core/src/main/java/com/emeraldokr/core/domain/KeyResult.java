package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A key result as the engine sees it: its target, its weight within the objective and its latest
 * value. The value is the start value until the first check-in.
 */
public record KeyResult(long issueId, KeyResultTarget target, BigDecimal weight, Optional<CheckIn> latestCheckIn) {

    public KeyResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(latestCheckIn, "latestCheckIn");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight must not be negative, got " + weight);
        }
    }

    public BigDecimal currentValue() {
        return latestCheckIn.map(CheckIn::value).orElse(target.start());
    }

    public Progress progress() {
        return target.progressAt(currentValue());
    }
}
