package com.emeraldokr.core.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision on a proposal of the KPI ↔ OKR loop, keyed by {@code proposalKey}: RECOVERY proposals of a
 * KPI ({@code kpiId}) per cycle, PROMOTION proposals of a key result ({@code keyResultIssueId}). State OPEN
 * marks an acceptance under way; ACCEPTED carries what it created, DISMISSED the reason.
 */
public record ProposalDecision(String proposalKey, Kind kind, Long kpiId, Long keyResultIssueId, State state,
                               String decidedBy, Instant decidedAt, String reason, Long createdObjectiveIssueId,
                               Long createdKeyResultIssueId, Long createdKpiId) {

    public enum Kind {
        RECOVERY, PROMOTION
    }

    public enum State {
        OPEN, ACCEPTED, DISMISSED
    }

    public ProposalDecision {
        Objects.requireNonNull(proposalKey, "proposalKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The key of the recovery proposal of a KPI in the cycle starting on {@code cycleStart}. */
    public static String recoveryKey(long kpiId, LocalDate cycleStart) {
        return Kind.RECOVERY + ":" + kpiId + ":" + cycleStart;
    }

    /** The key of the KPI proposal of a key result. */
    public static String promotionKey(long keyResultIssueId) {
        return Kind.PROMOTION + ":" + keyResultIssueId;
    }
}
