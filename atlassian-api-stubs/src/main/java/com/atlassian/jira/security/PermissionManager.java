package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    // Checked against: jira-api source of PermissionManager (since 6.3) and cures-hub/cures-condec-jira main code
    // compiled against jira-api 8.8.1 (hasPermission(ProjectPermissions.X, project, user) used as a boolean).
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
