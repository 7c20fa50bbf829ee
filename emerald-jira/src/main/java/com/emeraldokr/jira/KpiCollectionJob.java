package com.emeraldokr.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.emeraldokr.core.service.kpi.KpiCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.stream.Collectors;

/**
 * Collects JQL-fed KPIs on Jira's scheduler, once per cluster: every node registers the runner
 * (any node may be picked to run it), the job itself is stored in the database under one id, so
 * scheduling it again from another node replaces rather than duplicates it. Each KPI is collected
 * when its cadence makes it due; see {@link KpiCollector}.
 */
@ExportAsService(LifecycleAware.class)
@Named
public class KpiCollectionJob implements JobRunner, LifecycleAware {

    static final JobRunnerKey RUNNER = JobRunnerKey.of(KpiCollectionJob.class.getName());
    static final JobId JOB = JobId.of(KpiCollectionJob.class.getName() + ".every15min");
    static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(KpiCollectionJob.class);

    private final SchedulerService scheduler;
    private final KpiCollector collector;
    private final Clock clock;

    @Inject
    public KpiCollectionJob(@ComponentImport SchedulerService scheduler, KpiCollector collector, Clock clock) {
        this.scheduler = scheduler;
        this.collector = collector;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), new Date(clock.millis() + Duration.ofMinutes(1).toMillis()))));
        } catch (SchedulerServiceException e) {
            LOG.error("Emerald could not schedule KPI collection; JQL-fed KPIs are collected only on demand", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            KpiCollector.Report report = collector.collectDue();
            String summary = report.collected() + " collected, " + report.upToDate() + " up to date";
            if (report.failures().isEmpty()) {
                return JobRunnerResponse.success(summary);
            }
            String failures = report.failures().stream().map(f -> f.name() + " (" + f.kpiId() + "): " + f.message())
                    .collect(Collectors.joining("; "));
            LOG.warn("Emerald KPI collection: {}; failed: {}", summary, failures);
            return JobRunnerResponse.failed(summary + "; failed: " + failures);
        } catch (RuntimeException e) {
            LOG.error("Emerald KPI collection failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
