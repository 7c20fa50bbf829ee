package com.emeraldokr.api.view;

import java.util.List;

/**
 * Everything the OKR progress gadget shows, in one response. {@code cycle} is null when there is no
 * cycle to show; the gadget then shows its empty state.
 */
public record OkrProgressView(CycleView cycle, List<ObjectiveView> objectives) {
}
