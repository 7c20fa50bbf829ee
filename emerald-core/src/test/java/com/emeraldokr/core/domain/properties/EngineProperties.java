package com.emeraldokr.core.domain.properties;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResult;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.OkrAssessor;
import com.emeraldokr.core.domain.Progress;
import com.emeraldokr.core.domain.kpi.Cadence;
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
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws the engine must keep for any input, checked on generated data. */
class EngineProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3);
    }

    @Provide
    Arbitrary<KeyResultTarget> targets() {
        Arbitrary<KeyResultKind> kinds = Arbitraries.of(KeyResultKind.class);
        return Combinators.combine(kinds, values(), values(), values()).as((kind, a, b, c) -> {
            if (kind == KeyResultKind.STAY_WITHIN) {
                return new KeyResultTarget(kind, a, b.min(c), b.max(c), "u");
            }
            return new KeyResultTarget(kind, a, b, "u");
        });
    }

    @Property
    void progressIsAlwaysBetweenZeroAndOne(@ForAll("targets") KeyResultTarget target, @ForAll("values") BigDecimal x) {
        BigDecimal p = target.progressAt(x).value();
        assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Property
    void increaseKindsAreMonotoneAndDecreaseKindsAntitone(@ForAll("values") BigDecimal start, @ForAll("values") BigDecimal target,
                                                           @ForAll("values") BigDecimal x1, @ForAll("values") BigDecimal x2) {
        BigDecimal low = x1.min(x2);
        BigDecimal high = x1.max(x2);
        for (KeyResultKind up : List.of(KeyResultKind.INCREASE_TO, KeyResultKind.STAY_ABOVE)) {
            KeyResultTarget t = new KeyResultTarget(up, start, target, "");
            assertThat(t.progressAt(low)).isLessThanOrEqualTo(t.progressAt(high));
        }
        for (KeyResultKind down : List.of(KeyResultKind.DECREASE_TO, KeyResultKind.STAY_BELOW)) {
            KeyResultTarget t = new KeyResultTarget(down, start, target, "");
            assertThat(t.progressAt(low)).isGreaterThanOrEqualTo(t.progressAt(high));
        }
    }

    @Provide
    Arbitrary<KeyResult> keyResults() {
        return Combinators.combine(targets(), values(), Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2))
                .as((t, x, w) -> new KeyResult(1, t, w, Optional.of(new CheckIn(Instant.EPOCH, x, 5, "", null))));
    }

    @Property
    void anObjectiveLiesBetweenItsWeakestAndStrongestKeyResult(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("keyResults") KeyResult> krs) {
        Progress rolled = OkrAssessor.weightedProgress(krs);
        Progress min = krs.stream().map(KeyResult::progress).min(Progress::compareTo).orElseThrow();
        Progress max = krs.stream().map(KeyResult::progress).max(Progress::compareTo).orElseThrow();
        // four-decimal rounding of the mean may touch the bounds but never cross them by more than that
        assertThat(rolled.value()).isBetween(min.value().subtract(new BigDecimal("0.0001")), max.value().add(new BigDecimal("0.0001")));
    }

    @Property
    void scalingEveryWeightChangesNothing(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("keyResults") KeyResult> krs,
                                          @ForAll @IntRange(min = 2, max = 1000) int factor) {
        List<KeyResult> scaled = krs.stream().map(kr -> new KeyResult(kr.issueId(), kr.target(),
                kr.weight().multiply(BigDecimal.valueOf(factor)), kr.latestCheckIn())).toList();
        assertThat(OkrAssessor.weightedProgress(scaled)).isEqualTo(OkrAssessor.weightedProgress(krs));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 60).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    @Property
    void periodKeysRoundTripAndStepBothWays(@ForAll Cadence cadence, @ForAll("dates") LocalDate date) {
        Period p = cadence.periodOf(date);
        assertThat(Period.parse(p.key())).isEqualTo(p);
        assertThat(p.next().previous()).isEqualTo(p);
        assertThat(p.contains(date)).isTrue();
        assertThat(p.next().start()).isEqualTo(p.end().plusDays(1));
    }

    @Property
    void elapsedShareGrowsFromZeroToOne(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 400) int days,
                                        @ForAll @IntRange(min = -5000, max = 500_000) int minutesA,
                                        @ForAll @IntRange(min = -5000, max = 500_000) int minutesB) {
        Cycle cycle = new Cycle(1, "c", start, start.plusDays(days), ZoneId.of("America/Sao_Paulo"), CycleState.ACTIVE);
        Instant a = cycle.startsAt().plusSeconds(60L * Math.min(minutesA, minutesB));
        Instant b = cycle.startsAt().plusSeconds(60L * Math.max(minutesA, minutesB));
        assertThat(cycle.elapsedShare(a)).isBetween(0.0, 1.0).isLessThanOrEqualTo(cycle.elapsedShare(b));
    }
}
