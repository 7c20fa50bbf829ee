package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
