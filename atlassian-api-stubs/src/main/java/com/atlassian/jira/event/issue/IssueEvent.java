package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.event.issue.IssueEvent (public final class, as declared in jira-api 7.x;
// the real one extends AbstractEvent, whose members Emerald does not call).
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
