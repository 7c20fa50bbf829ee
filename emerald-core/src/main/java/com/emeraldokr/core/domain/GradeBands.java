package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a 0.0–1.0 score turns yellow and where green. Half-open bands: red below {@code yellowFrom},
 * yellow below {@code greenFrom}, green from it.
 */
public record GradeBands(BigDecimal yellowFrom, BigDecimal greenFrom) {

    public static final GradeBands DEFAULTS = new GradeBands(new BigDecimal("0.4"), new BigDecimal("0.7"));

    public GradeBands {
        Objects.requireNonNull(yellowFrom, "yellowFrom");
        Objects.requireNonNull(greenFrom, "greenFrom");
        if (yellowFrom.signum() <= 0 || yellowFrom.compareTo(greenFrom) > 0 || greenFrom.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "grade bands must satisfy 0 < yellowFrom <= greenFrom <= 1, got " + yellowFrom + ", " + greenFrom);
        }
    }

    public Grade gradeOf(Progress score) {
        if (score.value().compareTo(greenFrom) >= 0) {
            return Grade.GREEN;
        }
        return score.value().compareTo(yellowFrom) >= 0 ? Grade.YELLOW : Grade.RED;
    }
}
