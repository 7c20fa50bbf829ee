package com.emeraldokr.host.sandbox;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * Just the key columns of {@link SandboxIssueEntity}, which every host database has had: read before
 * the migration to the current entity, whose unique issue key refuses keys stored twice.
 */
@Table("SANDBOX_ISSUE")
public interface SandboxIssueKeyRow extends Entity {

    String getIssueKey();

    void setIssueKey(String issueKey);

    String getProjectKey();
}
