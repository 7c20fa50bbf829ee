package com.atlassian.jira.security.plugin;

// Checked against: jira-api source of ProjectPermissionKey (public final class in com.atlassian.jira.security.plugin,
// constructor (String), permissionKey(), value equality); the package is confirmed current by the Jira Software 11.1
// javadoc (GHProjectPermissions fields of this type).
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
