package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OkrAssessorTest {

    private final Cycle cycle = new Cycle(1, "Q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC, CycleState.ACTIVE);
    private final OkrAssessor assessor = OkrAssessor.withDefaults();

    private Instant atElapsed(double share) {
        long total = Duration.between(cycle.startsAt(), cycle.endsAt()).toMillis();
        return cycle.startsAt().plusMillis(Math.round(total * share));
    }

    private OkrStatus status(String progress, Commitment commitment, Instant now) {
        return assessor.assess(Progress.of(progress), commitment, cycle, now).status();
    }

    private static KeyResult kr(long id, String current, String weight) {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        Optional<CheckIn> latest = current == null ? Optional.empty()
                : Optional.of(new CheckIn(Instant.EPOCH, new BigDecimal(current), 5, "", "u"));
        return new KeyResult(id, target, new BigDecimal(weight), latest);
    }

    @Test
    void notStartedBeforeTheCycle() {
        assertThat(status("0.5", Commitment.COMMITTED, cycle.startsAt().minusSeconds(1))).isEqualTo(OkrStatus.NOT_STARTED);
    }

    @Test
    void statusComparesProgressWithTheExpectationForTheElapsedShare() {
        Instant half = atElapsed(0.5); // committed: 0.5 expected
        assertThat(status("0.45", Commitment.COMMITTED, half)).isEqualTo(OkrStatus.ON_TRACK);   // r = 0.9
        assertThat(status("0.4499", Commitment.COMMITTED, half)).isEqualTo(OkrStatus.AT_RISK);
        assertThat(status("0.30", Commitment.COMMITTED, half)).isEqualTo(OkrStatus.AT_RISK);    // r = 0.6
        assertThat(status("0.2999", Commitment.COMMITTED, half)).isEqualTo(OkrStatus.OFF_TRACK);
        // aspirational expects 0.7 x 0.5 = 0.35, so 0.315 is on track (r = 0.9)
        assertThat(status("0.315", Commitment.ASPIRATIONAL, half)).isEqualTo(OkrStatus.ON_TRACK);
        assertThat(status("0.30", Commitment.ASPIRATIONAL, half)).isEqualTo(OkrStatus.AT_RISK);
    }

    @Test
    void nothingIsExpectedAtTheFirstMoment() {
        assertThat(status("0", Commitment.COMMITTED, cycle.startsAt())).isEqualTo(OkrStatus.ON_TRACK);
    }

    @Test
    void completeProgressIsDoneAtAnyTimeInTheCycle() {
        assertThat(status("1", Commitment.COMMITTED, atElapsed(0.1))).isEqualTo(OkrStatus.DONE);
    }

    @Test
    void afterTheCycleTheExpectationDecidesDoneOrMissed() {
        Instant after = cycle.endsAt();
        assertThat(status("0.7", Commitment.ASPIRATIONAL, after)).isEqualTo(OkrStatus.DONE);
        assertThat(status("0.69", Commitment.ASPIRATIONAL, after)).isEqualTo(OkrStatus.MISSED);
        assertThat(status("0.99", Commitment.COMMITTED, after)).isEqualTo(OkrStatus.MISSED);
    }

    @Test
    void objectiveProgressIsTheWeightedMeanOfItsKeyResults() {
        Progress p = OkrAssessor.weightedProgress(List.of(kr(1, "100", "3"), kr(2, "0", "1")));
        assertThat(p.value()).isEqualByComparingTo("0.75");
    }

    @Test
    void allZeroWeightsFallBackToThePlainMean() {
        Progress p = OkrAssessor.weightedProgress(List.of(kr(1, "100", "0"), kr(2, "20", "0")));
        assertThat(p.value()).isEqualByComparingTo("0.6");
    }

    @Test
    void anObjectiveWithoutKeyResultsHasNoProgressAndIsJudgedOnThat() {
        ObjectiveAssessment empty = assessor.assessObjective(List.of(), Commitment.COMMITTED, cycle, atElapsed(0.5));
        assertThat(empty.overall().progress()).isEqualTo(Progress.NONE);
        assertThat(empty.overall().status()).isEqualTo(OkrStatus.OFF_TRACK);
        assertThat(empty.keyResults()).isEmpty();
    }

    @Test
    void aKeyResultWithoutCheckInsStandsAtItsStartValue() {
        assertThat(kr(1, null, "1").progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void objectiveStatusIsTheWorstKeyResultByDefault() {
        Instant half = atElapsed(0.5);
        ObjectiveAssessment a = assessor.assessObjective(List.of(kr(1, "100", "1"), kr(2, "10", "1")), Commitment.COMMITTED, cycle, half);
        assertThat(a.keyResult(1).status()).isEqualTo(OkrStatus.DONE);
        assertThat(a.keyResult(2).status()).isEqualTo(OkrStatus.OFF_TRACK);
        assertThat(a.overall().status()).isEqualTo(OkrStatus.OFF_TRACK);
        assertThat(a.overall().progress().value()).isEqualByComparingTo("0.55");
    }

    @Test
    void objectiveStatusCanFollowTheWeightedProgressInstead() {
        OkrAssessor weighted = new OkrAssessor(StatusThresholds.DEFAULTS, ObjectiveStatusMode.WEIGHTED_PROGRESS);
        ObjectiveAssessment a = weighted.assessObjective(List.of(kr(1, "100", "1"), kr(2, "10", "1")), Commitment.COMMITTED, cycle, atElapsed(0.5));
        assertThat(a.overall().status()).isEqualTo(OkrStatus.ON_TRACK); // 0.55 against 0.5 expected
    }

    @Test
    void thresholdsAreConfigurable() {
        OkrAssessor strict = new OkrAssessor(new StatusThresholds(BigDecimal.ONE, new BigDecimal("0.95")), ObjectiveStatusMode.WORST_KEY_RESULT);
        assertThat(strict.assess(Progress.of("0.48"), Commitment.COMMITTED, cycle, atElapsed(0.5)).status()).isEqualTo(OkrStatus.AT_RISK);
    }
}
