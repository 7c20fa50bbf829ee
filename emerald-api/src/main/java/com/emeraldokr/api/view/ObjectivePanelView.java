package com.emeraldokr.api.view;

import java.util.List;

/**
 * What the issue-view panel of an objective shows: its roll-up, the objective it aligns to
 * ({@code parent}, null when none or not visible) and the visible objectives aligned to it.
 */
public record ObjectivePanelView(ObjectiveView objective, ObjectiveRefView parent, List<ObjectiveRefView> children) {
}
