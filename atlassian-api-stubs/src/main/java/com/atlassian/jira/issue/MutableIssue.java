package com.atlassian.jira.issue;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface MutableIssue extends Issue {
}
