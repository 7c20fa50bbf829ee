package com.emeraldokr.host.sandbox;

import java.util.Set;

/**
 * The current user's project permissions in the sandbox, as a permission scheme grants them: per
 * project, or for {@link #EVERY_PROJECT} like a scheme shared by all projects.
 */
public interface ProjectAccess {

    /** The project key of a grant that applies to every project. */
    String EVERY_PROJECT = "*";

    /** Access to everything: the sandbox's own view, for set-up and tests. */
    ProjectAccess UNRESTRICTED = permission -> Set.of(EVERY_PROJECT);

    /** The projects where the current user has the permission; {@link #EVERY_PROJECT} among them means all. */
    Set<String> projectsWith(ProjectPermission permission);

    default boolean may(ProjectPermission permission, String projectKey) {
        Set<String> projects = projectsWith(permission);
        return projects.contains(EVERY_PROJECT) || projectKey != null && projects.contains(projectKey);
    }
}
