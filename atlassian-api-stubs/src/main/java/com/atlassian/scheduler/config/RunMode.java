package com.atlassian.scheduler.config;

// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (Platform 7, as in Confluence 9.1.1; unchanged in Bamboo 10): com.atlassian.scheduler.config.RunMode (enum); constants as declared there.
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
