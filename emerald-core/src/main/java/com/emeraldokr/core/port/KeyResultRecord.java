package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.KeyResult;
import com.emeraldokr.core.domain.KeyResultTarget;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What Emerald keeps about a key result issue. The latest check-in is kept on the row itself so a
 * dashboard can assess every key result of a cycle without reading check-in history. {@code kpiId} names
 * the KPI whose measurements are the key result's check-ins, null when people check in.
 */
public record KeyResultRecord(long issueId, long objectiveIssueId, long cycleId, KeyResultTarget target,
                              BigDecimal weight, Optional<CheckIn> latestCheckIn, int version, Long kpiId) {

    /** A key result people check in on. */
    public KeyResultRecord(long issueId, long objectiveIssueId, long cycleId, KeyResultTarget target, BigDecimal weight,
                           Optional<CheckIn> latestCheckIn, int version) {
        this(issueId, objectiveIssueId, cycleId, target, weight, latestCheckIn, version, null);
    }

    /** A key result not stored yet. */
    public KeyResultRecord(long issueId, long objectiveIssueId, long cycleId, KeyResultTarget target, BigDecimal weight,
                           Optional<CheckIn> latestCheckIn) {
        this(issueId, objectiveIssueId, cycleId, target, weight, latestCheckIn, 1);
    }

    public KeyResult toKeyResult() {
        return new KeyResult(issueId, target, weight, latestCheckIn);
    }

    /** The key result as the engine sees it, stale when not heard from within {@code checkInCadence}. */
    public KeyResult toKeyResult(java.time.Duration checkInCadence) {
        return new KeyResult(issueId, target, weight, latestCheckIn, checkInCadence);
    }
}
