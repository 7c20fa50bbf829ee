package com.atlassian.jira.issue.issuetype;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface IssueType {

    String getId();

    String getName();
}
