package com.emeraldokr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Shows a web panel only on issues of one of Emerald's issue types, recognised by the type id the
 * installer stored (so a renamed type still counts). The descriptor names the type:
 * {@code <param name="issue-type">key-result</param>} or {@code objective}.
 */
public class OkrIssueTypeCondition implements Condition {

    static final String PARAM = "issue-type";

    private final EmeraldJiraSettings settings;
    private String issueTypeCode;

    public OkrIssueTypeCondition(EmeraldJiraSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        String code = params == null ? null : params.get(PARAM);
        if (!EmeraldJiraSettings.OBJECTIVE.equals(code) && !EmeraldJiraSettings.KEY_RESULT.equals(code)) {
            throw new IllegalArgumentException("the condition needs param " + PARAM + " = "
                    + EmeraldJiraSettings.OBJECTIVE + " or " + EmeraldJiraSettings.KEY_RESULT + ", got " + code);
        }
        this.issueTypeCode = code;
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getIssueTypeId() == null) {
            return false;
        }
        return settings.issueTypeId(issueTypeCode).filter(issue.getIssueTypeId()::equals).isPresent();
    }
}
