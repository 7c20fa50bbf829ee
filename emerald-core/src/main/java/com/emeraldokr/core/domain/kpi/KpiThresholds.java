package com.emeraldokr.core.domain.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Bounds on a = achievement against target (value / target when higher is better): healthy from
 * {@code healthy}, watch from {@code watch}, unhealthy below.
 */
public record KpiThresholds(BigDecimal healthy, BigDecimal watch) {

    public static final KpiThresholds DEFAULTS = new KpiThresholds(new BigDecimal("0.9"), new BigDecimal("0.7"));

    public KpiThresholds {
        Objects.requireNonNull(healthy, "healthy");
        Objects.requireNonNull(watch, "watch");
        if (watch.signum() < 0 || watch.compareTo(healthy) > 0 || healthy.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "KPI thresholds must satisfy 0 <= watch <= healthy <= 1, got watch=" + watch + ", healthy=" + healthy);
        }
    }
}
