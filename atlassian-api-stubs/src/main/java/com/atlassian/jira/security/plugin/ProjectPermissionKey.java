package com.atlassian.jira.security.plugin;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public final class ProjectPermissionKey {

    public ProjectPermissionKey(String key) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
