package com.emeraldokr.api.view;

import java.util.List;

/**
 * The key results the current user owns (is the assignee of) in a cycle, for checking in on all of
 * them at once; {@code cycle} is null, and the list empty, when there is no current cycle.
 */
public record MyKeyResultsView(CycleView cycle, List<Item> keyResults) {

    /** One owned key result with the objective it belongs to. */
    public record Item(String objectiveKey, String objectiveSummary, KeyResultView keyResult) {
    }
}
