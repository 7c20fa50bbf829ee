package com.emeraldokr.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.Permissions;

import javax.inject.Inject;
import javax.inject.Named;

/** {@link Permissions} from Jira's global permissions and the projects' permission schemes. */
@Named
public class JiraPermissions implements Permissions {

    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissionManager;
    private final ProjectManager projects;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraPermissions(@ComponentImport GlobalPermissionManager globalPermissions,
                           @ComponentImport PermissionManager permissionManager, @ComponentImport ProjectManager projects,
                           @ComponentImport JiraAuthenticationContext authenticationContext) {
        this.globalPermissions = globalPermissions;
        this.permissionManager = permissionManager;
        this.projects = projects;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public boolean isAdministrator() {
        return globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, authenticationContext.getLoggedInUser());
    }

    @Override
    public boolean administersProject(String projectKey) {
        return hasOnProject(ProjectPermissions.ADMINISTER_PROJECTS, projectKey);
    }

    @Override
    public boolean browsesProject(String projectKey) {
        return hasOnProject(ProjectPermissions.BROWSE_PROJECTS, projectKey);
    }

    @Override
    public boolean createsIssues(String projectKey) {
        return hasOnProject(ProjectPermissions.CREATE_ISSUES, projectKey);
    }

    private boolean hasOnProject(ProjectPermissionKey permission, String projectKey) {
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return project != null && permissionManager.hasPermission(permission, project, authenticationContext.getLoggedInUser());
    }
}
