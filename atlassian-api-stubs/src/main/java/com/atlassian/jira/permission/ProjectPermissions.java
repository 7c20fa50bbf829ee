package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.permission.ProjectPermissions (public class, as declared in jira-api 7.x;
// public static final ProjectPermissionKey fields, not compile-time constants, so callers read them at run time).
// The values here are distinct so tests can tell the permissions apart; Jira's own class replaces this one.
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
}
