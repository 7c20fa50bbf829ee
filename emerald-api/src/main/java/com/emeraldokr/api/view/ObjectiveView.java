package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective with its roll-up and its key results. Once its cycle is closed, {@code progress},
 * {@code score}, {@code grade} and {@code status} are the values frozen at close time and
 * {@code finalScore} is set ({@code progress} stays the computed roll-up; {@code score} and
 * {@code finalScore} carry an administrator's override, explained by {@code overrideReason}).
 * While the cycle is open the three final-score fields are null. {@code team} is the issue's
 * project key; the owner is the issue's assignee ({@code ownerKey} the user key, {@code ownerName}
 * the display name), both null when it is unassigned. {@code parentKey} is the objective it aligns to,
 * null when none or when the user may not see it.
 */
public record ObjectiveView(long issueId, String issueKey, String summary, long cycleId, String commitment,
                            BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                            List<KeyResultView> keyResults, boolean archived, BigDecimal finalScore,
                            Boolean finalScoreOverridden, String overrideReason, String team, String ownerKey,
                            String ownerName, String parentKey) {

    /** An objective of an open cycle, not archived, without owner details. */
    public ObjectiveView(long issueId, String issueKey, String summary, long cycleId, String commitment,
                         BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                         List<KeyResultView> keyResults) {
        this(issueId, issueKey, summary, cycleId, commitment, progress, percent, score, grade, status, keyResults,
                false, null, null, null, null, null, null, null);
    }
}
