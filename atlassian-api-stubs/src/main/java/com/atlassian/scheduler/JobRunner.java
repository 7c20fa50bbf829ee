package com.atlassian.scheduler;

// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (Platform 7, as in Confluence 9.1.1; unchanged in Bamboo 10): com.atlassian.scheduler.JobRunner (interface); members as declared there.
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
