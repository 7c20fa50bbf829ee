package com.emeraldokr.jira;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import com.emeraldokr.core.service.kpi.KpiCollector;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The KPI collection job on a mocked scheduler, with a mocked collector. */
class KpiCollectionJobTest {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final KpiCollector collector = mock(KpiCollector.class);
    private final KpiCollectionJob job = new KpiCollectionJob(scheduler, collector, Clock.fixed(NOW, ZoneOffset.UTC));
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);

    @Test
    void theKeysAreStableNames() {
        assertThat(KpiCollectionJob.RUNNER).isEqualTo(JobRunnerKey.of("com.emeraldokr.jira.KpiCollectionJob"));
        assertThat(KpiCollectionJob.JOB).isEqualTo(JobId.of("com.emeraldokr.jira.KpiCollectionJob.every15min"));
    }

    @Test
    void startingRegistersTheRunnerThenSchedulesTheJobOncePerCluster() throws Exception {
        job.onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        var order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(KpiCollectionJob.RUNNER, job);
        order.verify(scheduler).scheduleJob(eq(KpiCollectionJob.JOB), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(KpiCollectionJob.RUNNER);
        assertThat(config.getValue().getSchedule()).isNotNull();
        // The stub's Schedule has no getters; its fields hold what was asked for.
        assertThat(config.getValue().getSchedule())
                .extracting("intervalInMillis", "firstRunTime")
                .containsExactly(Duration.ofMinutes(15).toMillis(), Date.from(NOW.plus(Duration.ofMinutes(1))));
        verifyNoInteractions(collector);
    }

    @Test
    void aSchedulerFailureIsLoggedNotThrown() throws Exception {
        doThrow(new SchedulerServiceException("database unavailable")).when(scheduler).scheduleJob(any(), any());

        assertThatCode(job::onStart).doesNotThrowAnyException();
        verify(scheduler).registerJobRunner(KpiCollectionJob.RUNNER, job);
        verify(scheduler, never()).unregisterJobRunner(any());
    }

    @Test
    void stoppingUnregistersTheRunner() throws Exception {
        job.onStop();

        verify(scheduler).unregisterJobRunner(KpiCollectionJob.RUNNER);
        verify(scheduler, never()).scheduleJob(any(), any());
        verify(scheduler, never()).registerJobRunner(any(), any());
    }

    @Test
    void aRunWithoutFailuresSucceedsAndSaysWhatItDid() {
        when(collector.collectDue()).thenReturn(new KpiCollector.Report(3, 2, List.of()));

        JobRunnerResponse response = job.runJob(request);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).contains("3 collected").contains("2 up to date");
        verify(collector).collectDue();
    }

    @Test
    void aRunWithNothingDueStillSucceeds() {
        when(collector.collectDue()).thenReturn(new KpiCollector.Report(0, 0, List.of()));

        JobRunnerResponse response = job.runJob(request);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).contains("0 collected");
    }

    @Test
    void aFailedKpiFailsTheRunAndIsNamed() {
        when(collector.collectDue()).thenReturn(new KpiCollector.Report(1, 0, List.of(
                new KpiCollector.Report.Failure(17L, "Open bugs", "Field 'sprint' does not exist."),
                new KpiCollector.Report.Failure(18L, "Lead time", "index unavailable"))));

        JobRunnerResponse response = job.runJob(request);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(response.getMessage())
                .contains("1 collected")
                .contains("Open bugs (17): Field 'sprint' does not exist.")
                .contains("Lead time (18): index unavailable");
    }

    @Test
    void aCollectorThatThrowsFailsTheRunInsteadOfEscaping() {
        when(collector.collectDue()).thenThrow(new IllegalStateException("store is down"));

        JobRunnerResponse response = job.runJob(request);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(response.getMessage()).contains("store is down");
    }

    @Test
    void theJobIsTheRunnerItRegisters() {
        job.onStart();

        ArgumentCaptor<com.atlassian.scheduler.JobRunner> runner = ArgumentCaptor.forClass(com.atlassian.scheduler.JobRunner.class);
        verify(scheduler).registerJobRunner(same(KpiCollectionJob.RUNNER), runner.capture());
        when(collector.collectDue()).thenReturn(new KpiCollector.Report(1, 0, List.of()));
        assertThat(runner.getValue().runJob(request).getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
    }
}
