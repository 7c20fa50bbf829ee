package com.emeraldokr.core.domain.properties;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiAssessor;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiCheckIns;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiHealth;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws of KPI health by tolerance band, early warnings and measured check-ins, for any target, zero and below included. */
class KpiHealthProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(2);
    }

    @Provide
    Arbitrary<KpiThresholds> bands() {
        return Combinators.combine(Arbitraries.of(KpiThresholds.Tolerance.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2),
                Arbitraries.integers().between(1, KpiThresholds.MAX_EARLY_WARNING_PERIODS)).as(KpiThresholds::new);
    }

    @Provide
    Arbitrary<KpiDefinition> kpis() {
        return Combinators.combine(Arbitraries.of(KpiDirection.class), values(), values(), bands()).as((direction, a, b, band) ->
                direction == KpiDirection.WITHIN_RANGE
                        ? new KpiDefinition("k", "", direction, null, a.min(b), a.max(b), band, Cadence.MONTHLY,
                        KpiCategory.OPERATIONAL, IndicatorTiming.LAGGING, null)
                        : new KpiDefinition("k", "", direction, a, null, null, band, Cadence.MONTHLY, KpiCategory.OPERATIONAL,
                        IndicatorTiming.LAGGING, null));
    }

    private static int rank(KpiHealth h) {
        return switch (h) {
            case HEALTHY -> 2;
            case WARNING -> 1;
            default -> 0;
        };
    }

    @Property
    void healthyExactlyWhenTheTargetIsMetAndWarningExactlyInsideTheBand(@ForAll("kpis") KpiDefinition kpi,
                                                                        @ForAll("values") BigDecimal value) {
        KpiHealth health = KpiAssessor.health(kpi, Optional.of(value));
        BigDecimal margin = KpiAssessor.margin(kpi, value);
        assertThat(health == KpiHealth.HEALTHY).isEqualTo(margin.signum() >= 0);
        assertThat(health == KpiHealth.WARNING).isEqualTo(margin.signum() < 0 && margin.negate().compareTo(KpiAssessor.band(kpi)) <= 0);
        assertThat(health).isNotEqualTo(KpiHealth.NO_DATA);
    }

    @Property
    void aBetterValueIsNeverLessHealthy(@ForAll("kpis") KpiDefinition kpi, @ForAll("values") BigDecimal x,
                                        @ForAll("values") BigDecimal y) {
        BigDecimal better = KpiAssessor.margin(kpi, x).compareTo(KpiAssessor.margin(kpi, y)) >= 0 ? x : y;
        BigDecimal worse = better == x ? y : x;
        assertThat(rank(KpiAssessor.health(kpi, Optional.of(better))))
                .isGreaterThanOrEqualTo(rank(KpiAssessor.health(kpi, Optional.of(worse))));
    }

    @Property
    void aWiderBandNeverMakesAKpiLessHealthy(@ForAll("values") BigDecimal target, @ForAll("values") BigDecimal value,
                                             @ForAll @IntRange(max = 100) int narrow, @ForAll @IntRange(max = 100) int extra) {
        KpiDefinition tight = higher(target, KpiThresholds.absolute(String.valueOf(narrow)));
        KpiDefinition loose = higher(target, KpiThresholds.absolute(String.valueOf(narrow + extra)));
        assertThat(rank(KpiAssessor.health(loose, Optional.of(value))))
                .isGreaterThanOrEqualTo(rank(KpiAssessor.health(tight, Optional.of(value))));
    }

    private static KpiDefinition higher(BigDecimal target, KpiThresholds band) {
        return new KpiDefinition("k", "", KpiDirection.HIGHER_IS_BETTER, target, null, null, band, Cadence.MONTHLY,
                KpiCategory.OPERATIONAL, IndicatorTiming.LAGGING, null);
    }

    @Property
    void aHealthyStrictlyWorseningRunWarnsEarlyAndAnyImprovementInItDoesNot(
            @ForAll("values") BigDecimal target, @ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @Size(min = 7, max = 7) List<@IntRange(min = 1, max = 50) Integer> drops, @ForAll @IntRange(max = 5) int bump) {
        KpiDefinition kpi = higher(target, new KpiThresholds(KpiThresholds.Tolerance.ABSOLUTE, BigDecimal.ONE, n));
        // n + 1 periods, each a little worse than the one before, all still above the target
        BigDecimal value = target.add(BigDecimal.valueOf(1000));
        List<KpiMeasurement> run = new ArrayList<>();
        Period p = Period.parse("2026-01");
        for (int i = 0; i <= n; i++) {
            run.add(new KpiMeasurement(p, value));
            value = value.subtract(BigDecimal.valueOf(drops.get(i)));
            p = p.next();
        }
        Period last = run.get(run.size() - 1).period();
        assertThat(KpiAssessor.earlyWarning(kpi, run, last)).isTrue();
        // the same run with one period no worse than the one before it
        int at = 1 + bump % n;
        List<KpiMeasurement> broken = new ArrayList<>(run);
        broken.set(at, new KpiMeasurement(run.get(at).period(), run.get(at - 1).value()));
        assertThat(KpiAssessor.earlyWarning(kpi, broken, last)).isFalse();
    }

    @Property
    void measuredCheckInsAreThePeriodsOverlappingTheCycleInOrderAndDatedInsideTheirPeriod(
            @ForAll @Size(max = 20) List<@IntRange(min = -10, max = 30) Integer> monthOffsets,
            @ForAll @IntRange(min = 0, max = 200) int recordedDaysAfterStart) {
        LocalDate cycleStart = LocalDate.of(2026, 4, 1);
        LocalDate cycleEnd = LocalDate.of(2026, 6, 30);
        ZoneId zone = ZoneOffset.UTC;
        List<KpiCheckIns.Reading> readings = new ArrayList<>();
        for (int offset : monthOffsets.stream().distinct().toList()) {
            Period period = Cadence.MONTHLY.periodOf(cycleStart.plusMonths(offset));
            Instant recorded = period.start().plusDays(recordedDaysAfterStart).atStartOfDay(zone).toInstant();
            readings.add(new KpiCheckIns.Reading(new KpiMeasurement(period, BigDecimal.valueOf(offset)), recorded, "", "u"));
        }
        List<CheckIn> checkIns = KpiCheckIns.inCycle(readings, cycleStart, cycleEnd, zone);
        long inside = monthOffsets.stream().distinct().filter(o -> o >= 0 && o <= 2).count();
        assertThat(checkIns).hasSize((int) inside);
        for (int i = 1; i < checkIns.size(); i++) {
            assertThat(checkIns.get(i).at()).isAfter(checkIns.get(i - 1).at());
        }
        for (CheckIn c : checkIns) {
            Period period = Cadence.MONTHLY.periodOf(cycleStart.plusMonths(c.value().intValue()));
            assertThat(period.contains(LocalDate.ofInstant(c.at(), zone))).isTrue();
        }
    }
}
