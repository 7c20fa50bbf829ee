package com.emeraldokr.host.auth;

import com.emeraldokr.host.sandbox.ProjectAccess;
import com.emeraldokr.host.sandbox.ProjectPermission;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user of the host with what Jira would know about them at a request: the key (also the login
 * name here), the name shown, whether they are a Jira administrator, and their project permissions.
 */
public record HostUser(String key, String displayName, boolean administrator, Map<ProjectPermission, Set<String>> grants)
        implements ProjectAccess {

    public HostUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        grants = Map.copyOf(grants);
    }

    @Override
    public Set<String> projectsWith(ProjectPermission permission) {
        return grants.getOrDefault(permission, Set.of());
    }
}
