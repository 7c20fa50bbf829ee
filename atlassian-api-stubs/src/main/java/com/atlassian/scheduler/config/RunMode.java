package com.atlassian.scheduler.config;

// Checked against: atlassian-scheduler-api 4.1.0 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files); Bamboo 10 javadoc shows the same API.
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
