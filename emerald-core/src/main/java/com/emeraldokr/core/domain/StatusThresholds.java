package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Bounds on r = progress / expected progress: on track from {@code onTrack}, at risk from
 * {@code atRisk}, off track below.
 */
public record StatusThresholds(BigDecimal onTrack, BigDecimal atRisk) {

    public static final StatusThresholds DEFAULTS =
            new StatusThresholds(new BigDecimal("0.9"), new BigDecimal("0.6"));

    public StatusThresholds {
        Objects.requireNonNull(onTrack, "onTrack");
        Objects.requireNonNull(atRisk, "atRisk");
        if (atRisk.signum() < 0 || atRisk.compareTo(onTrack) > 0 || onTrack.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 <= atRisk <= onTrack <= 1, got atRisk=" + atRisk + ", onTrack=" + onTrack);
        }
    }
}
