package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The host's stand-in for Jira's {@code RUN_ONCE_PER_CLUSTER} jobs. Time is cut into slots of one
 * interval; every node looks twice a slot, and the first to take the job's cluster lock and find no
 * run for the slot in the run log records one and runs the job. A node that dies mid-run releases the
 * lock with its database session; the next slot runs on a node still up. A failed run is logged and
 * the next slot runs as planned.
 */
public final class OncePerClusterSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OncePerClusterSchedule.class);

    private final String job;
    private final Duration interval;
    private final ClusterLocks locks;
    private final ClusterJobRuns runs;
    private final String nodeId;
    private final Clock clock;
    private final Supplier<String> work;
    private final ScheduledExecutorService executor;

    /** {@code work} runs the job and returns a line saying what it did. */
    public OncePerClusterSchedule(String job, Duration interval, ClusterLocks locks, ClusterJobRuns runs, String nodeId,
                                  Clock clock, Supplier<String> work) {
        this.job = job;
        this.interval = interval;
        this.locks = locks;
        this.runs = runs;
        this.nodeId = nodeId;
        this.clock = clock;
        this.work = work;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "emerald-job-" + job);
            t.setDaemon(true);
            return t;
        });
        long look = Math.max(1, interval.toMillis() / 2);
        executor.scheduleAtFixedRate(this::runIfDue, look, look, TimeUnit.MILLISECONDS);
    }

    /** Runs the job when no node has run it in the current slot; false when it did not run here. */
    boolean runIfDue() {
        try {
            long slot = clock.millis() / interval.toMillis();
            boolean[] ran = {false};
            locks.runIfFree("job:" + job, () -> {
                if (runs.ranSince(job, slot)) {
                    return;
                }
                int run = runs.started(job, slot, nodeId, clock.millis());
                ran[0] = true;
                String outcome;
                try {
                    outcome = work.get();
                } catch (RuntimeException e) {
                    LOG.error("Job {} failed", job, e);
                    outcome = "failed: " + e.getMessage();
                }
                runs.finished(run, clock.millis(), outcome);
            });
            return ran[0];
        } catch (RuntimeException e) {
            LOG.error("Job {} could not be started", job, e);
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
