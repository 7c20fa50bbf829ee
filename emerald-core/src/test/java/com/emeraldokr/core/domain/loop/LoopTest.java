package com.emeraldokr.core.domain.loop;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.CycleCalendar;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow that joins KPIs and OKRs: unhealthy KPI → recovery OKR; achieved and held KR → new KPI. */
class LoopTest {

    private final CycleCalendar calendar = CycleCalendar.calendarYear(ZoneOffset.UTC);
    private final KpiDefinition resolution = new KpiDefinition("Support resolution time", "h", KpiDirection.LOWER_IS_BETTER,
            new BigDecimal("6"), null, null, KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.CUSTOMER,
            IndicatorTiming.LAGGING, null);

    private static KpiMeasurement m(String period, String value) {
        return new KpiMeasurement(Period.parse(period), new BigDecimal(value));
    }

    @Test
    void twoUnhealthyPeriodsInARowProposeARecoveryOkrFromCurrentToTarget() {
        RecoveryProposal p = RecoveryRule.withDefaults().propose(resolution,
                List.of(m("2026-09", "5.5"), m("2026-10", "9"), m("2026-11", "11")), LocalDate.of(2026, 11, 10), calendar).orElseThrow();
        assertThat(p.keyResult()).isEqualTo(new KeyResultTarget(KeyResultKind.DECREASE_TO, new BigDecimal("11"), new BigDecimal("6"), "h"));
        assertThat(p.cycle().name()).isEqualTo("2026 Q4");
        assertThat(p.objective()).isEqualTo(ProposalText.of("emerald.proposal.recovery.objective", "Support resolution time"));
        assertThat(p.keyResultSummary().arguments()).containsExactly("Support resolution time", "11", "6", "h");
        assertThat(p.evidence()).extracting(e -> e.period().key()).containsExactly("2026-10", "2026-11");
    }

    @Test
    void lateInTheQuarterTheProposalGoesToTheNextOne() {
        RecoveryProposal p = RecoveryRule.withDefaults().propose(resolution,
                List.of(m("2026-11", "9"), m("2026-12", "11")), LocalDate.of(2026, 12, 20), calendar).orElseThrow();
        assertThat(p.cycle().name()).isEqualTo("2027 Q1");
    }

    @Test
    void oneBadPeriodAGapOrWarningLevelsProposeNothing() {
        RecoveryRule rule = RecoveryRule.withDefaults();
        LocalDate today = LocalDate.of(2026, 11, 10);
        assertThat(rule.propose(resolution, List.of(m("2026-10", "5"), m("2026-11", "11")), today, calendar)).isEmpty();
        assertThat(rule.propose(resolution, List.of(m("2026-09", "11"), m("2026-11", "11")), today, calendar)).isEmpty();
        assertThat(rule.propose(resolution, List.of(m("2026-10", "6.3"), m("2026-11", "6.6")), today, calendar)).isEmpty();
        assertThat(rule.propose(resolution, List.of(), today, calendar)).isEmpty();
        assertThat(new RecoveryRule(3, 14).propose(resolution, List.of(m("2026-10", "9"), m("2026-11", "11")), today, calendar)).isEmpty();
    }

    @Test
    void aRangeKpiRecoversToTheNearerEdge() {
        KpiDefinition cpu = new KpiDefinition("CPU headroom", "%", KpiDirection.WITHIN_RANGE, null, new BigDecimal("40"),
                new BigDecimal("60"), KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.OPERATIONAL, IndicatorTiming.LEADING, null);
        RecoveryProposal p = RecoveryRule.withDefaults().propose(cpu, List.of(m("2026-10", "90"), m("2026-11", "85")),
                LocalDate.of(2026, 11, 10), calendar).orElseThrow();
        assertThat(p.keyResult().kind()).isEqualTo(KeyResultKind.DECREASE_TO);
        assertThat(p.keyResult().target()).isEqualByComparingTo("60");
    }

    private static CheckIn checkIn(String at, String value) {
        return new CheckIn(Instant.parse(at), new BigDecimal(value), 9, "", null);
    }

    @Test
    void aKeyResultAchievedAndHeldProposesAKpiWithItsTarget() {
        KeyResultTarget uptime = new KeyResultTarget(KeyResultKind.INCREASE_TO, new BigDecimal("99.0"), new BigDecimal("99.9"), "%");
        KpiProposal p = PromotionRule.propose("Raise uptime to 99.9%", uptime, List.of(
                checkIn("2026-10-01T09:00:00Z", "99.2"), checkIn("2026-11-01T09:00:00Z", "99.95"),
                checkIn("2026-11-15T09:00:00Z", "99.9"))).orElseThrow();
        assertThat(p.direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(p.target()).isEqualByComparingTo("99.9");
        assertThat(p.unit()).isEqualTo("%");
    }

    @Test
    void notHeldOrOneOffKeyResultsProposeNoKpi() {
        KeyResultTarget cost = new KeyResultTarget(KeyResultKind.DECREASE_TO, new BigDecimal("142000"), new BigDecimal("110000"), "USD");
        assertThat(PromotionRule.propose("Cut cost", cost, List.of(checkIn("2026-11-01T09:00:00Z", "109000"),
                checkIn("2026-11-15T09:00:00Z", "111000")))).isEmpty();
        assertThat(PromotionRule.propose("Cut cost", cost, List.of(checkIn("2026-11-15T09:00:00Z", "100000")))).isEmpty();
        KeyResultTarget launch = new KeyResultTarget(KeyResultKind.MILESTONE, BigDecimal.ZERO, BigDecimal.ONE, "");
        assertThat(PromotionRule.propose("Launch", launch, List.of(checkIn("2026-11-01T09:00:00Z", "1"),
                checkIn("2026-11-15T09:00:00Z", "1")))).isEmpty();
        KeyResultTarget band = new KeyResultTarget(KeyResultKind.STAY_WITHIN, new BigDecimal("80"), new BigDecimal("40"), new BigDecimal("60"), "%");
        KpiProposal range = PromotionRule.propose("Keep CPU in band", band, List.of(checkIn("2026-11-01T09:00:00Z", "55"),
                checkIn("2026-11-15T09:00:00Z", "45"))).orElseThrow();
        assertThat(range.direction()).isEqualTo(KpiDirection.WITHIN_RANGE);
        assertThat(range.rangeLow()).isEqualByComparingTo("40");
        assertThat(range.rangeHigh()).isEqualByComparingTo("60");
    }
}
