package com.emeraldokr.host;

import com.emeraldokr.core.port.ClusterLocks;
import com.emeraldokr.core.service.kpi.KpiCollector;
import com.emeraldokr.host.cluster.ClusterJobRuns;
import com.emeraldokr.host.cluster.OncePerClusterSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * The host's stand-in for Jira's cluster scheduler: runs the KPI collector once per interval across
 * every node sharing the database. A failed run is logged and the next one runs as planned.
 */
final class KpiCollectionSchedule implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMinutes(15);
    /** The job's name in the run log. */
    static final String JOB = "kpi-collection";
    private static final Logger LOG = LoggerFactory.getLogger(KpiCollectionSchedule.class);

    private final KpiCollector collector;
    private final OncePerClusterSchedule schedule;

    KpiCollectionSchedule(KpiCollector collector, Duration interval, ClusterLocks locks, ClusterJobRuns runs, String nodeId,
                          Clock clock) {
        this.collector = collector;
        this.schedule = new OncePerClusterSchedule(JOB, interval, locks, runs, nodeId, clock, () -> {
            KpiCollector.Report report = runNow();
            return report.collected() + " collected, " + report.upToDate() + " up to date, " + report.failures().size() + " failed";
        });
    }

    /**
     * One run, as the schedule makes it: each due KPI is measured as its owner; a KPI whose owner
     * cannot run its query records nothing and is logged as a warning.
     */
    KpiCollector.Report runNow() {
        KpiCollector.Report report = collector.collectDue();
        if (report.collected() > 0 || !report.failures().isEmpty()) {
            LOG.info("KPI collection: {} collected, {} up to date, {} failed", report.collected(), report.upToDate(),
                    report.failures().size());
        }
        report.failures().forEach(f -> LOG.warn("KPI {} ({}) was not collected: {}", f.kpiId(), f.name(), f.message()));
        return report;
    }

    @Override
    public void close() {
        schedule.close();
    }
}
