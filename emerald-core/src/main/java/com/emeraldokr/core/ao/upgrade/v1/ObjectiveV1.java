package com.emeraldokr.core.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** OBJECTIVE in model 1. */
@Table("OBJECTIVE")
public interface ObjectiveV1 extends Entity {

    @NotNull
    @Indexed
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
}
