package com.emeraldokr.api.view;

import java.util.List;

/**
 * A planning table: a project's objectives of a cycle with their key results, and the OKR lint's
 * findings when asked for. {@code cycle} is null when there is no cycle to show.
 */
public record OkrPlanView(CycleView cycle, List<ObjectiveView> objectives, List<Finding> findings) {

    /** One lint finding, worded for the reader. */
    public record Finding(String ruleId, String severity, String subject, String message) {
    }
}
