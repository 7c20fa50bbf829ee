package com.emeraldokr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Shows a web panel only on issues of one of Emerald's issue types, recognised by the type id the
 * installer stored (so a renamed type still counts), or on epics, recognised like the issue directory
 * does (Jira Software's type named {@value JiraIssueDirectory#EPIC_TYPE_NAME}). The descriptor names the
 * type: {@code <param name="issue-type">key-result</param>}, {@code objective} or {@code epic}.
 */
public class OkrIssueTypeCondition implements Condition {

    static final String PARAM = "issue-type";
    static final String EPIC = "epic";

    private final EmeraldJiraSettings settings;
    private String issueTypeCode;

    public OkrIssueTypeCondition(EmeraldJiraSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        String code = params == null ? null : params.get(PARAM);
        if (!EmeraldJiraSettings.OBJECTIVE.equals(code) && !EmeraldJiraSettings.KEY_RESULT.equals(code) && !EPIC.equals(code)) {
            throw new IllegalArgumentException("the condition needs param " + PARAM + " = "
                    + EmeraldJiraSettings.OBJECTIVE + ", " + EmeraldJiraSettings.KEY_RESULT + " or " + EPIC + ", got " + code);
        }
        this.issueTypeCode = code;
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue)) {
            return false;
        }
        if (EPIC.equals(issueTypeCode)) {
            IssueType type = issue.getIssueType();
            return type != null && JiraIssueDirectory.EPIC_TYPE_NAME.equals(type.getName());
        }
        if (issue.getIssueTypeId() == null) {
            return false;
        }
        return settings.issueTypeId(issueTypeCode).filter(issue.getIssueTypeId()::equals).isPresent();
    }
}
