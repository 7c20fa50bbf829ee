package com.emeraldokr.core.domain;

import java.time.Duration;

/**
 * How often owners are expected to check in on a key result: a key result not heard from for longer
 * is stale. A month is counted as 31 days so no calendar month makes a key result stale early.
 */
public enum CheckInCadence {
    WEEKLY(Duration.ofDays(7)),
    BIWEEKLY(Duration.ofDays(14)),
    MONTHLY(Duration.ofDays(31));

    private final Duration interval;

    CheckInCadence(Duration interval) {
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }
}
