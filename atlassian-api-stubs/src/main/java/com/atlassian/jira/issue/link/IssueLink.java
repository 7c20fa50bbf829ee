package com.atlassian.jira.issue.link;

// Checked against: Jira 7 javadoc jira/server/com/atlassian/jira/issue/link/IssueLink.html and
// cures-hub/cures-condec-jira (compiles against jira-api 8.8.1; its mocks implement the interface) (MockIssueLink). The real interface also extends OfBizValueWrapper; Emerald calls none of its members.
public interface IssueLink {

    Long getId();

    Long getSourceId();

    Long getDestinationId();

    Long getLinkTypeId();
}
