package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One cycle at a glance. {@code averageScore} and {@code netConfidence} are null when there is nothing
 * to average; {@code cycle} is null when there is no cycle.
 */
public record CycleOverviewView(CycleView cycle, Map<String, Integer> objectivesByStatus, BigDecimal averageScore,
                                Integer netConfidence, Map<String, Integer> objectivesByTeam,
                                List<OkrPlanView.Finding> findings, long daysLeft) {
}
