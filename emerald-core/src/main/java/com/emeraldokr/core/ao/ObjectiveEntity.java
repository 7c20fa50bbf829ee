package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Emerald's metadata for an objective; the objective itself is the Jira issue {@link #getIssueId()}. */
@Preload
@Table("OBJECTIVE")
public interface ObjectiveEntity extends Entity {

    /** One row per issue (unique since model 5); an issue is not also registered the other way, see {@link RevisionEntity}. */
    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    @NotNull
    @StringLength(16)
    String getCommitment();

    void setCommitment(String commitment);

    /** Archived objectives stay stored but are left out of the cycle reads unless asked for (model 4). */
    @NotNull
    @Default("false")
    boolean isArchived();

    void setArchived(boolean archived);
}
