package com.emeraldokr.core.domain;

/**
 * Where a key result or objective stands against what the elapsed share of its cycle expects.
 * Declared from worst to best, so the worst of several statuses is the one with the lowest ordinal.
 */
public enum OkrStatus {
    MISSED,
    OFF_TRACK,
    AT_RISK,
    NOT_STARTED,
    ON_TRACK,
    DONE;

    public static OkrStatus worst(OkrStatus a, OkrStatus b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
