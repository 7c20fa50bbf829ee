package com.emeraldokr.api.request;

/** Requests that decide a proposal of the KPI ↔ OKR loop. */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    /**
     * Accept a KPI's recovery proposal: create the objective and its key result as issues of
     * {@code projectKey} (the KPI's project when left out) in cycle {@code cycleId} (the stored cycle with
     * the proposal's dates when left out), {@code commitment} COMMITTED unless given.
     */
    public record AcceptRecovery(String projectKey, Long cycleId, String commitment) {
    }

    /**
     * Accept a key result's KPI proposal: create the KPI in {@code projectKey} (the key result's project
     * when left out), named {@code name} (the key result's summary when left out), with {@code category}
     * (OPERATIONAL) and {@code cadence} (MONTHLY) unless given.
     */
    public record AcceptKpiProposal(String name, String projectKey, String category, String cadence) {
    }

    /** Dismiss a proposal, saying why. */
    public record Dismissal(String reason) {
    }
}
