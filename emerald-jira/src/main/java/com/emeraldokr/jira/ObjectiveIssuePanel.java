package com.emeraldokr.jira;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.service.OkrLinkService;
import com.emeraldokr.core.service.OkrService;

/** The panel on Objective issues: the objective's roll-up of its key results. */
public class ObjectiveIssuePanel extends OkrIssuePanel {

    public ObjectiveIssuePanel(OkrService okrService, OkrLinkService linkService, Messages messages, JiraIssueUrls urls) {
        super(panels(okrService, linkService, messages, urls)::objectivePanel);
    }
}
