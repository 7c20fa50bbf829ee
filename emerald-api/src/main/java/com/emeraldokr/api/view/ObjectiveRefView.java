package com.emeraldokr.api.view;

/**
 * An objective where a panel names it next to something else (a key result's objective, an
 * alignment parent or child): a link with its status and progress.
 */
public record ObjectiveRefView(String issueKey, String summary, String status, int percent) {

    public static ObjectiveRefView of(ObjectiveView objective) {
        return new ObjectiveRefView(objective.issueKey(), objective.summary(), objective.status(), objective.percent());
    }
}
