package com.emeraldokr.host.cluster;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The run log of the host's scheduled jobs, shared by every node through the database. */
public final class ClusterJobRuns {

    private final ActiveObjects ao;

    public ClusterJobRuns(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Whether some node already ran the job for this slot or a later one. */
    boolean ranSince(String job, long slot) {
        return ao.count(ClusterJobRunEntity.class, Query.select().where("JOB_NAME = ? AND SLOT >= ?", job, slot)) > 0;
    }

    /** Records that this node starts the job for the slot; committed before the job runs. */
    int started(String job, long slot, String nodeId, long atMillis) {
        return ao.executeInTransaction(() -> ao.create(ClusterJobRunEntity.class, new DBParam("JOB_NAME", job),
                new DBParam("SLOT", slot), new DBParam("NODE_ID", nodeId), new DBParam("STARTED_AT", atMillis)).getID());
    }

    void finished(int runId, long atMillis, String outcome) {
        ao.executeInTransaction(() -> {
            ClusterJobRunEntity run = ao.get(ClusterJobRunEntity.class, runId);
            run.setFinishedAt(atMillis);
            run.setOutcome(outcome.length() > 255 ? outcome.substring(0, 255) : outcome);
            run.save();
            return null;
        });
    }
}
