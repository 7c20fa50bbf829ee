package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective with its roll-up and its key results. {@code team} is the issue's project key; the
 * owner is the issue's assignee ({@code ownerKey} the user key, {@code ownerName} the display name),
 * both null when it is unassigned.
 */
public record ObjectiveView(long issueId, String issueKey, String summary, long cycleId, String commitment,
                            BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                            List<KeyResultView> keyResults, String team, String ownerKey, String ownerName) {
}
