package com.atlassian.jira.permission;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.permission.GlobalPermissionKey (public final class, as declared in jira-api 7.x;
// ADMINISTER is a static field of its own type, not a constant).
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }
}
