package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

import java.time.Instant;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent (class, as declared in jira-api 7.x).
public class IssueLinkCreatedEvent {

    private final IssueLink issueLink;

    public IssueLinkCreatedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
    }

    public IssueLink getIssueLink() {
        return issueLink;
    }
}
