package com.atlassian.jira.user;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.user.ApplicationUser (interface, as declared since jira-api 6.0); only the members Emerald calls.
public interface ApplicationUser {

    String getKey();

    /** Never null in Jira ("full name"). */
    String getDisplayName();

    /** Whether the user may log in; false once deactivated (jira-api 6.0 and later). */
    boolean isActive();
}
