package com.emeraldokr.core.port;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The score of an objective or key result frozen when its cycle closed. {@code computedScore} is
 * what the formulas gave at that moment; {@code score} is the final score, the same unless an
 * administrator overrode an objective's score, which needs a reason.
 */
public record FinalScoreRecord(long issueId, long cycleId, boolean objective, BigDecimal score, BigDecimal computedScore,
                               String overrideReason) {

    public FinalScoreRecord {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(computedScore, "computedScore");
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
