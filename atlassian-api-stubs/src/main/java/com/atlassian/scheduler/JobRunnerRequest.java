package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

import java.util.Date;

// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (Platform 7, as in Confluence 9.1.1; unchanged in Bamboo 10): com.atlassian.scheduler.JobRunnerRequest (interface); members as declared there.
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();
}
