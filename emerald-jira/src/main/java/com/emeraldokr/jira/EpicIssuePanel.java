package com.emeraldokr.jira;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;

/** The panel on epics: the key results the epic feeds, flagged when its work counts more than once. */
public class EpicIssuePanel extends OkrIssuePanel {

    public EpicIssuePanel(ObjectiveService objectives, KeyResultService keyResults, Messages messages, JiraIssueUrls urls) {
        super(panels(objectives, keyResults, messages, urls)::epicPanel);
    }
}
