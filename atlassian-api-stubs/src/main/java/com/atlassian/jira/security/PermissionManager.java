package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    // Since jira-api 6.3; returns boolean, as declared in 8.8.1.
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
