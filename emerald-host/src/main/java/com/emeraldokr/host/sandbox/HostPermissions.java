package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.host.auth.HostAuthenticationContext;
import com.emeraldokr.host.auth.HostUser;

import java.util.function.Predicate;

/**
 * {@link Permissions} from the host's users and permission scheme, answered like Jira's: the Jira
 * administrator flag, and project permissions only for projects that exist.
 */
public final class HostPermissions implements Permissions {

    private final HostAuthenticationContext authentication;
    private final Predicate<String> projectExists;

    public HostPermissions(HostAuthenticationContext authentication, Predicate<String> projectExists) {
        this.authentication = authentication;
        this.projectExists = projectExists;
    }

    @Override
    public boolean isAdministrator() {
        return authentication.user().map(HostUser::administrator).orElse(false);
    }

    @Override
    public boolean administersProject(String projectKey) {
        return has(ProjectPermission.ADMINISTER_PROJECTS, projectKey);
    }

    @Override
    public boolean browsesProject(String projectKey) {
        return has(ProjectPermission.BROWSE_PROJECTS, projectKey);
    }

    private boolean has(ProjectPermission permission, String projectKey) {
        return projectKey != null && authentication.may(permission, projectKey) && projectExists.test(projectKey);
    }

    /** The sandbox has no separate create right: who may edit a project's issues may create them, as its writer checks. */
    @Override
    public boolean createsIssues(String projectKey) {
        return has(ProjectPermission.EDIT_ISSUES, projectKey);
    }
}
