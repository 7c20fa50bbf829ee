package com.atlassian.jira.issue.link;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.link.IssueLink (interface); members as declared in jira-api 7.x and 8.8.1.
// The real interface also extends OfBizValueWrapper; Emerald calls none of its members.
public interface IssueLink {

    Long getId();

    Long getSourceId();

    Long getDestinationId();

    Long getLinkTypeId();
}
