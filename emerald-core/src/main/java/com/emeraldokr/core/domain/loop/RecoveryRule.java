package com.emeraldokr.core.domain.loop;

import com.emeraldokr.core.domain.CycleCalendar;
import com.emeraldokr.core.domain.CycleSpan;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.kpi.KpiAssessor;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiHealth;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.domain.kpi.PeriodHealth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * KPI → OKR: a KPI unhealthy for {@code consecutivePeriods} periods in a row proposes a recovery
 * objective in the current quarter, or in the next one when fewer than {@code minDaysLeft} days remain.
 */
public final class RecoveryRule {

    public static final int DEFAULT_CONSECUTIVE_PERIODS = 2;
    public static final int DEFAULT_MIN_DAYS_LEFT = 14;

    private final int consecutivePeriods;
    private final int minDaysLeft;

    public RecoveryRule(int consecutivePeriods, int minDaysLeft) {
        if (consecutivePeriods < 1 || minDaysLeft < 0) {
            throw new IllegalArgumentException("need at least one period and no negative days, got "
                    + consecutivePeriods + " and " + minDaysLeft);
        }
        this.consecutivePeriods = consecutivePeriods;
        this.minDaysLeft = minDaysLeft;
    }

    public static RecoveryRule withDefaults() {
        return new RecoveryRule(DEFAULT_CONSECUTIVE_PERIODS, DEFAULT_MIN_DAYS_LEFT);
    }

    public Optional<RecoveryProposal> propose(KpiDefinition kpi, Collection<KpiMeasurement> measurements, LocalDate today,
                                              CycleCalendar calendar) {
        Period last = KpiAssessor.current(kpi, measurements, today).period();
        List<PeriodHealth> run = KpiAssessor.history(kpi, measurements, last, consecutivePeriods);
        if (!run.stream().allMatch(p -> p.health() == KpiHealth.UNHEALTHY)) {
            return Optional.empty();
        }
        BigDecimal current = run.get(run.size() - 1).value().orElseThrow();
        KeyResultTarget keyResult = keyResultBackToHealth(kpi, current);
        ProposalText objective = ProposalText.of("emerald.proposal.recovery.objective", kpi.name());
        ProposalText krSummary = ProposalText.of("emerald.proposal.recovery.keyresult", kpi.name(),
                current.toPlainString(), keyResult.target().toPlainString(), kpi.unit());
        return Optional.of(new RecoveryProposal(kpi.name(), objective, krSummary, keyResult, cycleFor(today, calendar), run));
    }

    private static KeyResultTarget keyResultBackToHealth(KpiDefinition kpi, BigDecimal current) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> new KeyResultTarget(KeyResultKind.INCREASE_TO, current, kpi.target(), kpi.unit());
            case LOWER_IS_BETTER -> new KeyResultTarget(KeyResultKind.DECREASE_TO, current, kpi.target(), kpi.unit());
            case WITHIN_RANGE -> current.compareTo(kpi.rangeLow()) < 0
                    ? new KeyResultTarget(KeyResultKind.INCREASE_TO, current, kpi.rangeLow(), kpi.unit())
                    : new KeyResultTarget(KeyResultKind.DECREASE_TO, current, kpi.rangeHigh(), kpi.unit());
        };
    }

    private CycleSpan cycleFor(LocalDate today, CycleCalendar calendar) {
        CycleSpan quarter = calendar.quarterContaining(today);
        long daysLeft = ChronoUnit.DAYS.between(today, quarter.end()) + 1;
        return daysLeft >= minDaysLeft ? quarter : calendar.quarterAfter(today);
    }
}
