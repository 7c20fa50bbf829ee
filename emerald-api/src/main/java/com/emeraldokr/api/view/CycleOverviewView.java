package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One cycle at a glance. {@code averageScore} and {@code netConfidence} are null when there is nothing
 * to average; {@code cycle} is null when there is no cycle. {@code findings} lists the first lint
 * findings worth attention and {@code findingsTotal} counts them all.
 */
public record CycleOverviewView(CycleView cycle, Map<String, Integer> objectivesByStatus, BigDecimal averageScore,
                                Integer netConfidence, Map<String, Integer> objectivesByTeam,
                                List<OkrPlanView.Finding> findings, long daysLeft, int findingsTotal) {

    /** An overview listing every finding. */
    public CycleOverviewView(CycleView cycle, Map<String, Integer> objectivesByStatus, BigDecimal averageScore,
                             Integer netConfidence, Map<String, Integer> objectivesByTeam,
                             List<OkrPlanView.Finding> findings, long daysLeft) {
        this(cycle, objectivesByStatus, averageScore, netConfidence, objectivesByTeam, findings, daysLeft, findings.size());
    }
}
