package com.emeraldokr.core.domain.loop;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.kpi.KpiDirection;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * OKR → KPI: a key result achieved (progress 1) and held at its last two check-ins proposes a KPI
 * with the key result's target, so the new level is watched from now on. One-off kinds
 * (milestones, issue completion) have no level to hold and propose nothing.
 */
public final class PromotionRule {

    private static final int HELD_CHECK_INS = 2;

    private PromotionRule() {
    }

    public static Optional<KpiProposal> propose(String keyResultSummary, KeyResultTarget target, List<CheckIn> history) {
        KpiDirection direction = switch (target.kind()) {
            case INCREASE_TO, STAY_ABOVE -> KpiDirection.HIGHER_IS_BETTER;
            case DECREASE_TO, STAY_BELOW -> KpiDirection.LOWER_IS_BETTER;
            case STAY_WITHIN -> KpiDirection.WITHIN_RANGE;
            case MILESTONE, ISSUE_COMPLETION -> null;
        };
        if (direction == null || history.size() < HELD_CHECK_INS) {
            return Optional.empty();
        }
        List<CheckIn> latest = history.stream().sorted(Comparator.comparing(CheckIn::at).reversed())
                .limit(HELD_CHECK_INS).toList();
        if (!latest.stream().allMatch(c -> target.progressAt(c.value()).isComplete())) {
            return Optional.empty();
        }
        boolean range = direction == KpiDirection.WITHIN_RANGE;
        return Optional.of(new KpiProposal(keyResultSummary, direction, range ? null : target.target(),
                range ? target.target() : null, range ? target.upper() : null, target.unit(),
                ProposalText.of("emerald.proposal.kpi.reason", keyResultSummary, HELD_CHECK_INS)));
    }
}
