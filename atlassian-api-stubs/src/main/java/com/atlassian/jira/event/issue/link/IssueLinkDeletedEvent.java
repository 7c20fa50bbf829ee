package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

import java.time.Instant;

// Checked against: Jira 7 javadoc jira/latest/com/atlassian/jira/event/issue/link/IssueLinkDeletedEvent.html (class).
public class IssueLinkDeletedEvent {

    private final IssueLink issueLink;

    public IssueLinkDeletedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
    }

    public IssueLink getIssueLink() {
        return issueLink;
    }
}
