package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType getIssueType(String id);

    Collection<IssueType> getIssueTypes();
}
