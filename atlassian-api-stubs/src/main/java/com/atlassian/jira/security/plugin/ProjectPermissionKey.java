package com.atlassian.jira.security.plugin;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.security.plugin.ProjectPermissionKey (public final class,
// constructor (String), permissionKey(), value equality); the package is unchanged in Jira Software 11.1.
// Checked against a public copy of the jira-api source (the copy names no release): "public final class
// ProjectPermissionKey" with public ProjectPermissionKey(String) and String permissionKey(); its deprecated (int)
// constructor is left out. A Jira 9/10-labelled copy was not found.
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = java.util.Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
