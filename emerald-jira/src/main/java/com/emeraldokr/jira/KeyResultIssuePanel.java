package com.emeraldokr.jira;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.render.OkrIssuePanels;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.LoopService;
import com.emeraldokr.core.service.objective.ObjectiveService;

/**
 * The panel on Key Result issues: its objective, progress, target, last check-in, linked epics, recent check-ins,
 * the check-in form, and the KPI it proposes once it reached its target and held it.
 */
public class KeyResultIssuePanel extends OkrIssuePanel {

    public KeyResultIssuePanel(ObjectiveService objectives, KeyResultService keyResults, LoopService loop, Messages messages,
                               JiraIssueUrls urls) {
        super(new OkrIssuePanels(objectives, keyResults, loop, messages, urls::browse)::keyResultPanel);
    }
}
