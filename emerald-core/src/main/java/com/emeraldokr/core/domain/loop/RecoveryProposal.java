package com.emeraldokr.core.domain.loop;

import com.emeraldokr.core.domain.CycleSpan;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.kpi.PeriodHealth;

import java.util.List;

/**
 * An OKR proposed to fix a KPI that stayed unhealthy: the objective, one key result "from current to
 * target", the cycle it belongs in, and the unhealthy periods that triggered it.
 */
public record RecoveryProposal(String kpiName, ProposalText objective, ProposalText keyResultSummary,
                               KeyResultTarget keyResult, CycleSpan cycle, List<PeriodHealth> evidence) {

    public RecoveryProposal {
        evidence = List.copyOf(evidence);
    }
}
