package com.emeraldokr.core.port;

/**
 * The current user's rights that Emerald's rules depend on, answered by the product: who may
 * change company-wide settings and KPIs, and who administers or may browse a project.
 */
public interface Permissions {

    /** Whether the user administers the product (Jira's "Jira administrators" global permission). */
    boolean isAdministrator();

    /** Whether the user administers the project; false for a project that does not exist. */
    boolean administersProject(String projectKey);

    /** Whether the user may browse the project; false for a project that does not exist. */
    boolean browsesProject(String projectKey);

    /** Whether the user may create issues in the project; false for a project that does not exist. */
    boolean createsIssues(String projectKey);
}
