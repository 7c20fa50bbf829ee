package com.emeraldokr.host.cluster;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One run of a scheduled job by one node: which interval (slot) it ran for, when, and how it ended.
 * The latest slot is the "last run" a node checks, under the job's cluster lock, before running.
 */
@Preload
@Table("CLUSTER_JOB_RUN")
public interface ClusterJobRunEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getJobName();

    void setJobName(String jobName);

    /** The interval the run belongs to: start time in milliseconds divided by the interval. */
    @NotNull
    long getSlot();

    void setSlot(long slot);

    @NotNull
    @StringLength(128)
    String getNodeId();

    void setNodeId(String nodeId);

    @NotNull
    long getStartedAt();

    void setStartedAt(long startedAt);

    /** Null while running, or when the node died during the run. */
    Long getFinishedAt();

    void setFinishedAt(Long finishedAt);

    @StringLength(255)
    String getOutcome();

    void setOutcome(String outcome);
}
