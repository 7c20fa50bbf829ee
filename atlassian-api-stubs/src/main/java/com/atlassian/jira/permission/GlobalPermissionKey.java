package com.atlassian.jira.permission;

// Checked against: Jira 7 javadoc jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html (public final
// class in com.atlassian.jira.permission; ADMINISTER is a static field of its own type, not a constant).
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }
}
