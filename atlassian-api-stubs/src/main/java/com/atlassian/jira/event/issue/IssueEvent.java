package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

// Checked against: Jira 7 javadoc jira/server/com/atlassian/jira/event/issue/IssueEvent.html and jira-api source
// (public final class; the real one extends AbstractEvent, whose members Emerald does not call).
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
