package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.Permissions;

/**
 * The host's single user administers the sandbox and every project in it; Jira's permission
 * schemes are the Jira adapter's to consult.
 */
public final class HostPermissions implements Permissions {

    @Override
    public boolean isAdministrator() {
        return true;
    }

    @Override
    public boolean administersProject(String projectKey) {
        return true;
    }

    @Override
    public boolean browsesProject(String projectKey) {
        return true;
    }

    @Override
    public boolean createsIssues(String projectKey) {
        return true;
    }
}
