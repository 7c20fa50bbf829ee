package com.atlassian.jira.issue.link;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface IssueLinkType {

    Long getId();

    String getName();
}
