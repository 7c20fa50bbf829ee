package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = null;

    // Checked against: Jira 7 javadoc jira/latest/com/atlassian/jira/permission/ProjectPermissions.html.
    public static final ProjectPermissionKey LINK_ISSUES = null;

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = null;

    public static final ProjectPermissionKey EDIT_ISSUES = null;
}
