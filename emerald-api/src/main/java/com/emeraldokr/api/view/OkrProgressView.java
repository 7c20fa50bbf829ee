package com.emeraldokr.api.view;

import java.util.List;

/**
 * What the OKR progress gadget shows, in one response: one page of the cycle's objectives, worst
 * first. {@code total} counts the objectives the user may see in all and {@code start} is the
 * position of the first one listed, so a client shows "showing N of M" and asks for the next page
 * with {@code start + objectives.size()}. {@code cycle} is null when there is no cycle to show; the
 * gadget then shows its empty state.
 */
public record OkrProgressView(CycleView cycle, List<ObjectiveView> objectives, int total, int start) {

    /** Every objective in one answer. */
    public OkrProgressView(CycleView cycle, List<ObjectiveView> objectives) {
        this(cycle, objectives, objectives.size(), 0);
    }
}
