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

/** Silence is never green: a key result nobody has checked in on within its cadence is STALE. */
class StalenessTest {

    private final Cycle cycle = new Cycle(1, "Q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC, CycleState.ACTIVE);
    private final OkrAssessor assessor = OkrAssessor.withDefaults();
    private final KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
    private final Instant now = Instant.parse("2026-11-15T12:00:00Z");

    private KeyResult checkedIn(Instant at, String value) {
        return new KeyResult(1, target, BigDecimal.ONE, Optional.of(new CheckIn(at, new BigDecimal(value), 7, "", "u")));
    }

    private OkrStatus status(KeyResult kr, Instant at) {
        return assessor.assessKeyResult(kr, Commitment.COMMITTED, cycle, at).status();
    }

    @Test
    void aKeyResultOnPaceButUnheardForLongerThanItsCadenceIsStale() {
        KeyResult kr = checkedIn(now.minus(Duration.ofDays(8)), "60");
        assertThat(assessor.assess(kr.progress(), Commitment.COMMITTED, cycle, now).status()).isEqualTo(OkrStatus.ON_TRACK);
        assertThat(status(kr, now)).isEqualTo(OkrStatus.STALE);
        assertThat(status(checkedIn(now.minus(Duration.ofDays(6)), "60"), now)).isEqualTo(OkrStatus.ON_TRACK);
    }

    @Test
    void theCadenceIsPerKeyResult() {
        KeyResult monthly = new KeyResult(1, target, BigDecimal.ONE,
                Optional.of(new CheckIn(now.minus(Duration.ofDays(20)), new BigDecimal("60"), 7, "", "u")), Duration.ofDays(31));
        assertThat(status(monthly, now)).isEqualTo(OkrStatus.ON_TRACK);
    }

    @Test
    void withoutAnyCheckInTheClockStartsWithTheCycle() {
        // a check-in from before the cycle does not count as recent: 9% after 8 of 92 days is on pace, but unheard
        KeyResult beforeTheCycle = checkedIn(cycle.startsAt().minus(Duration.ofDays(1)), "9");
        assertThat(status(beforeTheCycle, cycle.startsAt().plus(Duration.ofDays(6)))).isEqualTo(OkrStatus.ON_TRACK);
        assertThat(status(beforeTheCycle, cycle.startsAt().plus(Duration.ofDays(8)))).isEqualTo(OkrStatus.STALE);
    }

    @Test
    void worseStatusesDoneAndComputedKindsAreNotMaskedBySilence() {
        assertThat(status(checkedIn(now.minus(Duration.ofDays(30)), "5"), now)).isEqualTo(OkrStatus.OFF_TRACK);
        assertThat(status(checkedIn(now.minus(Duration.ofDays(30)), "100"), now)).isEqualTo(OkrStatus.DONE);
        KeyResult fromEpics = new KeyResult(1, new KeyResultTarget(KeyResultKind.ISSUE_COMPLETION, BigDecimal.ZERO, BigDecimal.ONE, ""),
                BigDecimal.ONE, Optional.of(new CheckIn(now.minus(Duration.ofDays(30)), new BigDecimal("0.6"), 5, "", null)));
        assertThat(status(fromEpics, now)).isEqualTo(OkrStatus.ON_TRACK);
        // after the cycle only done or missed remain
        assertThat(status(checkedIn(now.minus(Duration.ofDays(30)), "60"), cycle.endsAt())).isEqualTo(OkrStatus.MISSED);
    }

    @Test
    void aStaleKeyResultMakesItsObjectiveStale() {
        ObjectiveAssessment a = assessor.assessObjective(List.of(checkedIn(now.minus(Duration.ofDays(9)), "80"),
                checkedIn(now.minusSeconds(60), "70")), Commitment.COMMITTED, cycle, now);
        assertThat(a.overall().status()).isEqualTo(OkrStatus.STALE);
    }
}
