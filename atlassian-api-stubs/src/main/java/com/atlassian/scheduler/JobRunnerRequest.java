package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

import java.util.Date;

// Checked against: atlassian-scheduler-api 4.1.0 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files); Bamboo 10 javadoc shows the same API.
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();
}
