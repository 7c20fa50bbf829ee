package com.emeraldokr.host.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An issue of the host's sandbox Jira. The issue id is the AO row id, as a Jira issue id is the
 * primary key of its issue table.
 */
@Preload
@Table("SANDBOX_ISSUE")
public interface SandboxIssueEntity extends Entity {

    /** Unique: concurrent creates cannot share a key. */
    @NotNull
    @Unique
    @StringLength(32)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @StringLength(16)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(32)
    String getIssueType();

    void setIssueType(String issueType);

    @NotNull
    @StringLength(255)
    String getSummary();

    void setSummary(String summary);

    /** Jira status category key: {@code new}, {@code indeterminate} or {@code done}. */
    @NotNull
    @StringLength(16)
    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    Integer getStoryPoints();

    void setStoryPoints(Integer storyPoints);

    @Indexed
    @StringLength(32)
    String getEpicKey();

    void setEpicKey(String epicKey);

    /** The assignee's user key, null while unassigned; {@link HostSchema}'s migrate adds the column to older host databases. */
    @Indexed
    @StringLength(255)
    String getAssigneeKey();

    void setAssigneeKey(String assigneeKey);

    /** The assignee's display name, kept beside the key because the sandbox has no user directory. */
    @StringLength(255)
    String getAssigneeName();

    void setAssigneeName(String assigneeName);
}
