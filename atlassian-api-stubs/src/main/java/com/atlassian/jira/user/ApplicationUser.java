package com.atlassian.jira.user;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface ApplicationUser {

    String getKey();
}
