package com.emeraldokr.jira;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;

/** The panel on Objective issues: the roll-up of its key results, the objective it aligns to and those aligned to it. */
public class ObjectiveIssuePanel extends OkrIssuePanel {

    public ObjectiveIssuePanel(ObjectiveService objectives, KeyResultService keyResults, Messages messages, JiraIssueUrls urls) {
        super(panels(objectives, keyResults, messages, urls)::objectivePanel);
    }
}
