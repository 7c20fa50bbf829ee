package com.emeraldokr.core.domain;

import java.math.BigDecimal;

/**
 * What an objective promises. Committed objectives are expected to reach 1.0; aspirational (stretch)
 * objectives count 0.7 as success; learning objectives are graded on the insight gained, not on the
 * numbers reached: no score is expected of them, so they are on track while their owners keep
 * reporting (stale when they stop) and missed only where a key result was never reported.
 */
public enum Commitment {
    COMMITTED(BigDecimal.ONE),
    ASPIRATIONAL(new BigDecimal("0.7")),
    LEARNING(BigDecimal.ZERO);

    private final BigDecimal expectation;

    Commitment(BigDecimal expectation) {
        this.expectation = expectation;
    }

    /** The score that counts as success at the end of the cycle. */
    public BigDecimal expectation() {
        return expectation;
    }
}
