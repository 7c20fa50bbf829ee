package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;

/** An objective with its roll-up and its key results. */
public record ObjectiveView(long issueId, String issueKey, String summary, long cycleId, String commitment,
                            BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                            List<KeyResultView> keyResults) {
}
