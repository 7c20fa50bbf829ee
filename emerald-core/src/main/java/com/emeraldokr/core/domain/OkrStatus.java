package com.emeraldokr.core.domain;

/**
 * Where a key result or objective stands against what the elapsed share of its cycle expects.
 * Each status has a severity; the worst of several is the one with the highest severity.
 */
public enum OkrStatus {
    MISSED(6),
    OFF_TRACK(5),
    /** No check-in within the key result's cadence: silence is never green. */
    STALE(4),
    AT_RISK(3),
    NOT_STARTED(2),
    ON_TRACK(1),
    DONE(0);

    private final int severity;

    OkrStatus(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    public static OkrStatus worst(OkrStatus a, OkrStatus b) {
        return a.severity >= b.severity ? a : b;
    }

    /** Counts as on track for the net confidence score. */
    public boolean isOnTrack() {
        return this == ON_TRACK || this == DONE;
    }

    /** Counts as off track for the net confidence score. */
    public boolean isOffTrack() {
        return this == OFF_TRACK || this == MISSED;
    }
}
