package com.emeraldokr.host.database;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** SANDBOX_ISSUE as host databases had it before its issue key was unique. */
@Table("SANDBOX_ISSUE")
public interface SandboxIssueBeforeUniqueKeys extends Entity {

    @NotNull
    String getIssueKey();

    @NotNull
    String getProjectKey();

    @NotNull
    String getIssueType();

    @NotNull
    String getSummary();

    @NotNull
    String getStatusCategory();
}
