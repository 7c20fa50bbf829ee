package com.emeraldokr.core.domain.lint;

import java.math.BigDecimal;

/**
 * The numbers the lint judges by. Defaults: 2 to 5 key results per objective, at most 5 objectives
 * per team and cycle, sandbagging when an aspirational objective is fully scored before half the
 * cycle, and a committed objective below 0.4 after half the cycle is behind.
 */
public record LintThresholds(int minKeyResults, int maxKeyResults, int maxObjectivesPerTeam,
                             double sandbaggingBeforeElapsed, BigDecimal committedBehindScore,
                             double committedBehindAfterElapsed) {

    public static final LintThresholds DEFAULTS = new LintThresholds(2, 5, 5, 0.5, new BigDecimal("0.4"), 0.5);

    public LintThresholds {
        if (minKeyResults < 0 || maxKeyResults < minKeyResults || maxObjectivesPerTeam < 1) {
            throw new IllegalArgumentException("key-result bounds must satisfy 0 <= min <= max, objectives per team >= 1");
        }
    }
}
