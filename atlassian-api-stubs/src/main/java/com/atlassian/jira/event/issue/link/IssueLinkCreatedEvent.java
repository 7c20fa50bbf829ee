package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

import java.time.Instant;

// Checked against: Jira 7 javadoc jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html (class).
public class IssueLinkCreatedEvent {

    private final IssueLink issueLink;

    public IssueLinkCreatedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
    }

    public IssueLink getIssueLink() {
        return issueLink;
    }
}
