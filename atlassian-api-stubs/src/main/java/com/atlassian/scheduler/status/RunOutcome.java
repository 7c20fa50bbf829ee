package com.atlassian.scheduler.status;

// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (as in Confluence 9.1.1): com.atlassian.scheduler.status.RunOutcome (enum).
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
