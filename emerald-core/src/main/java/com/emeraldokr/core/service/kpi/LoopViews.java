package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.view.KpiViews.ProposalDecisionView;
import com.emeraldokr.core.port.ProposalDecision;

import java.util.Map;

/** Decisions on the loop's proposals as the API shows them. */
final class LoopViews {

    private LoopViews() {
    }

    /** OPEN when nobody decided; otherwise the decision, with created issues named by key from {@code keys}. */
    static ProposalDecisionView decision(ProposalDecision d, Map<Long, String> keys) {
        if (d == null) {
            return ProposalDecisionView.OPEN;
        }
        return new ProposalDecisionView(d.state().name(), d.decidedBy(), d.decidedAt().toString(), d.reason(),
                d.createdObjectiveIssueId() == null ? null : keys.get(d.createdObjectiveIssueId()),
                d.createdKeyResultIssueId() == null ? null : keys.get(d.createdKeyResultIssueId()), d.createdKpiId());
    }

    static ProposalDecisionView decision(ProposalDecision d) {
        return decision(d, Map.of());
    }
}
