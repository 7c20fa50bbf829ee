package com.emeraldokr.core.domain;

import java.math.BigDecimal;

/**
 * Committed objectives are expected to reach 1.0; aspirational (stretch) objectives count 0.7 as
 * success.
 */
public enum Commitment {
    COMMITTED(BigDecimal.ONE),
    ASPIRATIONAL(new BigDecimal("0.7"));

    private final BigDecimal expectation;

    Commitment(BigDecimal expectation) {
        this.expectation = expectation;
    }

    public BigDecimal expectation() {
        return expectation;
    }
}
