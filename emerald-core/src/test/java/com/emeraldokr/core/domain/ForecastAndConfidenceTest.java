package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastAndConfidenceTest {

    // 100 days: 2026-01-01 .. 2026-04-10
    private final Cycle cycle = new Cycle(1, "100 days", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 10), ZoneOffset.UTC, CycleState.ACTIVE);
    private final KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");

    private CheckIn at(int day, String value) {
        return new CheckIn(cycle.startsAt().plus(Duration.ofDays(day)), new BigDecimal(value), 5, "", null);
    }

    @Test
    void projectsTheLeastSquaresLineToTheCycleEnd() {
        KeyResultForecast f = Forecaster.forecast(target, Commitment.COMMITTED, cycle,
                List.of(at(10, "10"), at(20, "20"), at(30, "30"))).orElseThrow();
        assertThat(f.projectedValue()).isEqualByComparingTo("100");
        assertThat(f.slopePerDay()).isCloseTo(1.0, within(1e-9));
        assertThat(f.projectedProgress()).isEqualTo(Progress.COMPLETE);
        assertThat(f.trendingOffTrack()).isFalse();
        assertThat(f.checkIns()).isEqualTo(3);
    }

    @Test
    void aSlowLineTrendsOffTrackForCommittedButNotForAspirational() {
        List<CheckIn> slow = List.of(at(10, "8"), at(20, "15"), at(40, "31"));
        KeyResultForecast committed = Forecaster.forecast(target, Commitment.COMMITTED, cycle, slow).orElseThrow();
        assertThat(committed.projectedProgress().value()).isBetween(new BigDecimal("0.7"), new BigDecimal("0.85"));
        assertThat(committed.trendingOffTrack()).isTrue();
        assertThat(Forecaster.forecast(target, Commitment.ASPIRATIONAL, cycle, slow).orElseThrow().trendingOffTrack()).isFalse();
    }

    @Test
    void wrongDirectionMovementProjectsToNoProgress() {
        KeyResultForecast f = Forecaster.forecast(target, Commitment.COMMITTED, cycle, List.of(at(10, "20"), at(20, "10"))).orElseThrow();
        assertThat(f.projectedProgress()).isEqualTo(Progress.NONE);
        assertThat(f.trendingOffTrack()).isTrue();
    }

    @Test
    void noForecastWithoutTwoCheckInsAtDifferentTimesInTheCycle() {
        assertThat(Forecaster.forecast(target, Commitment.COMMITTED, cycle, List.of(at(10, "20")))).isEmpty();
        assertThat(Forecaster.forecast(target, Commitment.COMMITTED, cycle, List.of(at(10, "20"), at(10, "30")))).isEmpty();
        assertThat(Forecaster.forecast(target, Commitment.COMMITTED, cycle, List.of(at(-5, "1"), at(10, "20")))).isEmpty();
    }

    @Test
    void decimalsOfTheProjectionFollowTheCheckIns() {
        KeyResultForecast f = Forecaster.forecast(target, Commitment.COMMITTED, cycle, List.of(at(0, "0.1"), at(50, "0.2"))).orElseThrow();
        assertThat(f.projectedValue().toPlainString()).isEqualTo("0.3");
    }

    @Test
    void netConfidenceIsOnTrackShareMinusOffTrackShare() {
        assertThat(NetConfidenceScore.of(List.of(OkrStatus.ON_TRACK, OkrStatus.DONE, OkrStatus.AT_RISK, OkrStatus.OFF_TRACK)))
                .isEqualTo(OptionalInt.of(25));
        assertThat(NetConfidenceScore.of(List.of(OkrStatus.STALE, OkrStatus.MISSED))).isEqualTo(OptionalInt.of(-50));
        assertThat(NetConfidenceScore.of(List.of())).isEmpty();
    }
}
