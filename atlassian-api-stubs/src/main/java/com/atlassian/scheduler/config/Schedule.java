package com.atlassian.scheduler.config;

import java.util.Date;

// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (Platform 7, as in Confluence 9.1.1; unchanged in Bamboo 10): com.atlassian.scheduler.config.Schedule (final class with static factories).
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
