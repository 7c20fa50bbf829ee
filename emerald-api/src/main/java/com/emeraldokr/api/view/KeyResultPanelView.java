package com.emeraldokr.api.view;

/** What the issue-view panel of a key result shows: the key result and the objective it belongs to. */
public record KeyResultPanelView(KeyResultView keyResult, ObjectiveRefView objective) {
}
