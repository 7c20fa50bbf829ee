package com.emeraldokr.host.sandbox;

/** The project permissions of Jira's permission schemes that Emerald's rules depend on, named as Jira names them. */
public enum ProjectPermission {
    BROWSE_PROJECTS,
    EDIT_ISSUES,
    ADMINISTER_PROJECTS
}
