package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key result as the engine sees it: its target, its weight within the objective, its latest
 * value (the start value until the first check-in) and how often its owner is expected to check in.
 */
public record KeyResult(long issueId, KeyResultTarget target, BigDecimal weight, Optional<CheckIn> latestCheckIn,
                        Duration checkInCadence) {

    /** Weekly check-ins are the common OKR rhythm. */
    public static final Duration DEFAULT_CADENCE = Duration.ofDays(7);

    public KeyResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(latestCheckIn, "latestCheckIn");
        Objects.requireNonNull(checkInCadence, "checkInCadence");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight must not be negative, got " + weight);
        }
        if (checkInCadence.isNegative() || checkInCadence.isZero()) {
            throw new IllegalArgumentException("check-in cadence must be positive, got " + checkInCadence);
        }
    }

    public KeyResult(long issueId, KeyResultTarget target, BigDecimal weight, Optional<CheckIn> latestCheckIn) {
        this(issueId, target, weight, latestCheckIn, DEFAULT_CADENCE);
    }

    /**
     * A key result whose value Emerald measures itself (ISSUE_COMPLETION) rather than people
     * checking in. The reading is carried as a check-in at {@code at}; nobody states a confidence for
     * it, so it carries the scale's midpoint, which the assessment does not use.
     */
    public static KeyResult measured(long issueId, KeyResultTarget target, BigDecimal weight, BigDecimal value, Instant at) {
        int neutral = (CheckIn.MIN_CONFIDENCE + CheckIn.MAX_CONFIDENCE) / 2;
        return new KeyResult(issueId, target, weight, Optional.of(new CheckIn(at, value, neutral, "", null)));
    }

    public BigDecimal currentValue() {
        return latestCheckIn.map(CheckIn::value).orElse(target.start());
    }

    /**
     * Progress of the latest reading. Before anything is reported a key result has made no progress,
     * even when its start already meets its target (start = target, or a start inside a band to
     * keep): silence is never done.
     */
    public Progress progress() {
        return latestCheckIn.isEmpty() ? Progress.NONE : target.progressAt(currentValue());
    }

    /** Whether nobody has reported a value yet. */
    public boolean unreported() {
        return latestCheckIn.isEmpty();
    }
}
