package com.emeraldokr.core.domain.loop;

import com.emeraldokr.core.domain.kpi.KpiDirection;

import java.math.BigDecimal;

/**
 * A KPI proposed from a key result that was achieved and held: the new behaviour becomes a health
 * metric to watch. {@code rangeLow}/{@code rangeHigh} are set for within-range KPIs only.
 */
public record KpiProposal(String name, KpiDirection direction, BigDecimal target, BigDecimal rangeLow,
                          BigDecimal rangeHigh, String unit, ProposalText reason) {
}
