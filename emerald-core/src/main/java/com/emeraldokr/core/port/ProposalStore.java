package com.emeraldokr.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions on the loop's proposals. A proposal is decided once: {@link #claim} and {@link #dismiss}
 * insert under a unique key, so of two concurrent acceptances (or an acceptance and a dismissal) exactly
 * one gets in, on every node.
 */
public interface ProposalStore {

    Optional<ProposalDecision> find(String proposalKey);

    /** The decisions among {@code proposalKeys}, in a fixed number of statements. */
    Map<String, ProposalDecision> find(Collection<String> proposalKeys);

    /** Inserts the decision (OPEN for an acceptance under way, or DISMISSED); false when the proposal was decided already. */
    boolean claim(ProposalDecision decision);

    /** Turns an OPEN claim into ACCEPTED with what the acceptance created. */
    ProposalDecision accept(String proposalKey, Long objectiveIssueId, Long keyResultIssueId, Long kpiId);

    /** Removes an OPEN claim whose acceptance failed, so the proposal can be accepted again. */
    void release(String proposalKey);

    /** Every decision, for backups. */
    List<ProposalDecision> all();
}
