package com.emeraldokr.core.domain.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a KPI's health is judged around its target. The target met is healthy; a miss by no more than
 * the tolerance band is a warning; a bigger miss is unhealthy. The band is {@link Tolerance#ABSOLUTE}
 * (in the KPI's unit) or {@link Tolerance#RELATIVE} (a share of the target's magnitude, or of the range's
 * width), so targets of zero or below work: nothing is divided by the target. A healthy KPI whose margin
 * shrank in each of the last {@code earlyWarningPeriods} periods raises an early warning.
 */
public record KpiThresholds(Tolerance tolerance, BigDecimal amount, int earlyWarningPeriods) {

    public enum Tolerance {
        ABSOLUTE, RELATIVE
    }

    public static final int DEFAULT_EARLY_WARNING_PERIODS = 3;
    public static final int MAX_EARLY_WARNING_PERIODS = 12;

    /** A 10 % band and an early warning after three worsening periods. */
    public static final KpiThresholds DEFAULTS = new KpiThresholds(Tolerance.RELATIVE, new BigDecimal("0.1"),
            DEFAULT_EARLY_WARNING_PERIODS);

    public KpiThresholds {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("the tolerance must not be negative, got " + amount);
        }
        if (earlyWarningPeriods < 1 || earlyWarningPeriods > MAX_EARLY_WARNING_PERIODS) {
            throw new IllegalArgumentException("early warning needs 1 to " + MAX_EARLY_WARNING_PERIODS
                    + " periods, got " + earlyWarningPeriods);
        }
    }

    public static KpiThresholds absolute(String amount) {
        return new KpiThresholds(Tolerance.ABSOLUTE, new BigDecimal(amount), DEFAULT_EARLY_WARNING_PERIODS);
    }

    public static KpiThresholds relative(String share) {
        return new KpiThresholds(Tolerance.RELATIVE, new BigDecimal(share), DEFAULT_EARLY_WARNING_PERIODS);
    }

    /**
     * The band that keeps the unhealthy edge of the ratio thresholds used before tolerance bands
     * (value / target at least {@code watch} for higher-is-better, target / value for lower-is-better,
     * distance in range widths): for databases and backups written by those versions.
     */
    public static KpiThresholds fromRatioThresholds(KpiDirection direction, BigDecimal watch) {
        BigDecimal share = switch (direction) {
            case HIGHER_IS_BETTER, WITHIN_RANGE -> BigDecimal.ONE.subtract(watch);
            // target / value >= watch  <=>  value <= target / watch
            case LOWER_IS_BETTER -> watch.signum() <= 0 ? new BigDecimal("100")
                    // ten decimals, as every number Emerald stores
                    : BigDecimal.ONE.divide(watch, 10, java.math.RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                    .stripTrailingZeros();
        };
        return new KpiThresholds(Tolerance.RELATIVE, share.max(BigDecimal.ZERO), DEFAULT_EARLY_WARNING_PERIODS);
    }
}
