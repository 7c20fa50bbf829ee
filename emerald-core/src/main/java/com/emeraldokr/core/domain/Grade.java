package com.emeraldokr.core.domain;

import java.math.BigDecimal;

/**
 * Colour band of a 0.0–1.0 score. Half-open bands: red below 0.4, yellow below 0.7, green from
 * 0.7 (the published 0.0–0.3 / 0.4–0.6 / 0.7–1.0 bands leave gaps between them).
 */
public enum Grade {
    RED, YELLOW, GREEN;

    private static final BigDecimal YELLOW_FROM = new BigDecimal("0.4");
    private static final BigDecimal GREEN_FROM = new BigDecimal("0.7");

    public static Grade of(Progress score) {
        if (score.value().compareTo(GREEN_FROM) >= 0) {
            return GREEN;
        }
        return score.value().compareTo(YELLOW_FROM) >= 0 ? YELLOW : RED;
    }
}
