package com.emeraldokr.jira;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.service.OkrLinkService;
import com.emeraldokr.core.service.OkrService;

/** The panel on Key Result issues: progress, linked epics, check-ins and the check-in form. */
public class KeyResultIssuePanel extends OkrIssuePanel {

    public KeyResultIssuePanel(OkrService okrService, OkrLinkService linkService, Messages messages, JiraIssueUrls urls) {
        super(panels(okrService, linkService, messages, urls)::keyResultPanel);
    }
}
