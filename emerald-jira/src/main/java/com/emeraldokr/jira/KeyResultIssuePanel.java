package com.emeraldokr.jira;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;

/** The panel on Key Result issues: its objective, progress, target, last check-in, linked epics, recent check-ins and the check-in form. */
public class KeyResultIssuePanel extends OkrIssuePanel {

    public KeyResultIssuePanel(ObjectiveService objectives, KeyResultService keyResults, Messages messages, JiraIssueUrls urls) {
        super(panels(objectives, keyResults, messages, urls)::keyResultPanel);
    }
}
