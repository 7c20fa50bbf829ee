package com.atlassian.scheduler.config;

import java.util.Date;

// Checked against: atlassian-scheduler-api 4.1.0 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files); Bamboo 10 javadoc shows the same API (final class with static factories).
public final class Schedule {

    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }
}
