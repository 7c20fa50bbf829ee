package com.emeraldokr.api.view;

import com.emeraldokr.api.request.NewKpi;

import java.math.BigDecimal;
import java.util.List;

/** What REST and the gadgets show of KPIs. */
public final class KpiViews {

    private KpiViews() {
    }

    public record PeriodHealthView(String period, BigDecimal value, String health) {
    }

    public record TrendView(String direction, double slopePerPeriod, int periods) {
    }

    /**
     * What became of a proposal of the KPI ↔ OKR loop: {@code state} OPEN (nobody decided yet), ACCEPTED or
     * DISMISSED, who decided and when, the reason given for a dismissal, and what accepting created (the
     * objective and key result issues of a recovery, the KPI of a promotion).
     */
    public record ProposalDecisionView(String state, String decidedBy, String decidedAt, String reason,
                                       String objectiveKey, String keyResultKey, Long kpiId) {

        public static final ProposalDecisionView OPEN = new ProposalDecisionView("OPEN", null, null, null, null, null, null);
    }

    /**
     * The recovery OKR proposed for a KPI that stayed unhealthy, worded in the reader's language, with its
     * decision; {@code mayDecide} says whether the reader may accept (create the issues) or dismiss it.
     */
    public record RecoveryView(String objective, String keyResult, String kind, BigDecimal start, BigDecimal target,
                               String unit, String cycleName, String cycleStart, String cycleEnd,
                               ProposalDecisionView decision, boolean mayDecide) {
    }

    /**
     * A KPI proposed from a key result achieved and held at its last check-ins, with its decision;
     * {@code direction}, {@code target} or the range are what the KPI would watch.
     */
    public record KpiProposalView(String keyResultKey, String name, String direction, BigDecimal target,
                                  BigDecimal rangeLow, BigDecimal rangeHigh, String unit, String reason,
                                  ProposalDecisionView decision, boolean mayDecide) {
    }

    /**
     * A KPI with its health now ({@code current}: HEALTHY when the target is met, WARNING inside the
     * tolerance band, UNHEALTHY beyond it, NO_DATA when silent), {@code earlyWarning} when it is healthy but
     * worsened in each of the last {@code earlyWarningPeriods} periods, and any recovery proposal.
     */
    public record KpiView(long id, String name, String description, String unit, String direction, BigDecimal target,
                          BigDecimal rangeLow, BigDecimal rangeHigh, String toleranceType, BigDecimal tolerance,
                          int earlyWarningPeriods, String cadence, String category, String timing, String projectKey,
                          String ownerKey, String targetDate, boolean archived, int version, PeriodHealthView current,
                          boolean earlyWarning, TrendView trend, List<PeriodHealthView> history, RecoveryView recovery,
                          NewKpi.Source source) {
    }

    /**
     * One page of KPIs as the KPI health gadget shows them: {@code total} counts every KPI the reader may see
     * with the filters asked, {@code start} is the position of the first one listed.
     */
    public record KpiHealthPage(List<KpiView> kpis, int total, int start) {
    }

    /**
     * A period's value with its audit trail: {@code recordedAt}/{@code updatedBy} the last write,
     * {@code createdAt}/{@code createdBy} the first (who is null for values Emerald collected itself).
     */
    public record MeasurementView(String period, BigDecimal value, String recordedAt, String source, String note,
                                  boolean created, String createdAt, String createdBy, String updatedBy) {

        public MeasurementView(String period, BigDecimal value, String recordedAt, String source, String note,
                               boolean created) {
            this(period, value, recordedAt, source, note, created, recordedAt, null, null);
        }
    }

    public record PurgeView(long kpiId, String name, int measurementsDeleted) {
    }
}
