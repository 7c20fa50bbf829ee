package com.emeraldokr.api.request;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request to close a cycle, freezing every objective's and key result's score. The body is optional;
 * {@code overrides} replace the final score of named objectives, each with a reason.
 */
public record CloseCycle(List<Override> overrides) {

    /** A final score, 0 to 1, for objective {@code objectiveKey} instead of the computed one. */
    public record Override(String objectiveKey, BigDecimal score, String reason) {
    }
}
