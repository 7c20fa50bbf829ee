package com.emeraldokr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.api.model.WebPanel;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.render.OkrIssuePanels;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;

/**
 * Base of Emerald's issue-view panels: takes the issue from the web-panel context and renders it
 * as the viewing user sees it (every read goes through the browse-permission checks).
 */
abstract class OkrIssuePanel implements WebPanel {

    private final Function<String, String> html;

    OkrIssuePanel(Function<String, String> html) {
        this.html = html;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue ? html.apply(issue.getKey()) : "";
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }

    static OkrIssuePanels panels(ObjectiveService objectives, KeyResultService keyResults, Messages messages, JiraIssueUrls urls) {
        return new OkrIssuePanels(objectives, keyResults, null, messages, urls::browse);
    }
}
