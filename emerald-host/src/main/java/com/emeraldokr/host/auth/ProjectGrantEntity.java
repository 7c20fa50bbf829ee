package com.emeraldokr.host.auth;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of the sandbox's permission scheme: a user has a project permission in a project, or in
 * every project ({@code *}), as Jira's scheme grants Browse Projects, Edit Issues and Administer Projects.
 */
@Preload
@Table("PROJECT_GRANT")
public interface ProjectGrantEntity extends Entity {

    @NotNull
    @StringLength(64)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(64)
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** A {@link com.emeraldokr.host.sandbox.ProjectPermission} name. */
    @NotNull
    @StringLength(32)
    String getPermission();

    void setPermission(String permission);
}
