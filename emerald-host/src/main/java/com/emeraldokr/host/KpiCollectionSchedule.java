package com.emeraldokr.host;

import com.emeraldokr.core.service.kpi.KpiCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The host's stand-in for Jira's cluster scheduler: runs the KPI collector on a fixed interval on
 * one daemon thread. A failed run is logged and the next one runs as planned.
 */
final class KpiCollectionSchedule implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(KpiCollectionSchedule.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "emerald-kpi-collection");
        t.setDaemon(true);
        return t;
    });

    private final KpiCollector collector;

    KpiCollectionSchedule(KpiCollector collector) {
        this.collector = collector;
        executor.scheduleWithFixedDelay(() -> {
            try {
                runNow();
            } catch (RuntimeException e) {
                LOG.error("KPI collection failed", e);
            }
        }, INTERVAL.toMinutes(), INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    /**
     * One run, as the schedule makes it: each due KPI is measured as its owner; a KPI whose owner
     * cannot run its query records nothing and is logged as a warning.
     */
    KpiCollector.Report runNow() {
        KpiCollector.Report report = collector.collectDue();
        LOG.info("KPI collection: {} collected, {} up to date, {} failed", report.collected(), report.upToDate(),
                report.failures().size());
        report.failures().forEach(f -> LOG.warn("KPI {} ({}) was not collected: {}", f.kpiId(), f.name(), f.message()));
        return report;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
