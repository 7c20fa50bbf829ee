package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Learning objectives, check-in cadences and the administrator's bands. */
class CommitmentAndCadenceTest {

    private final Cycle cycle = new Cycle(1, "Q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC,
            CycleState.ACTIVE);
    private final OkrAssessor assessor = OkrAssessor.withDefaults();

    private static KeyResult kr(String value, Instant at, CheckInCadence cadence) {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("10"), "");
        Optional<CheckIn> latest = value == null ? Optional.empty() : Optional.of(new CheckIn(at, new BigDecimal(value), 5, "", null));
        return new KeyResult(1, target, BigDecimal.ONE, latest, cadence.interval());
    }

    @Test
    void aLearningObjectiveIsOnTrackWhileReportedWhateverItsNumbers() {
        Instant late = Instant.parse("2026-12-20T00:00:00Z");
        KeyResult reported = kr("1", late.minusSeconds(86_400), CheckInCadence.WEEKLY);
        assertThat(assessor.assessKeyResult(reported, Commitment.LEARNING, cycle, late).status()).isEqualTo(OkrStatus.ON_TRACK);
        assertThat(assessor.assessKeyResult(reported, Commitment.COMMITTED, cycle, late).status()).isEqualTo(OkrStatus.OFF_TRACK);
    }

    @Test
    void aLearningObjectiveIsDoneAtTheEndWhenReportedAndMissedWhenNeverReported() {
        Instant after = cycle.endsAt();
        assertThat(assessor.assessKeyResult(kr("1", Instant.parse("2026-12-30T00:00:00Z"), CheckInCadence.WEEKLY),
                Commitment.LEARNING, cycle, after).status()).isEqualTo(OkrStatus.DONE);
        assertThat(assessor.assessKeyResult(kr(null, null, CheckInCadence.WEEKLY), Commitment.LEARNING, cycle, after).status())
                .isEqualTo(OkrStatus.MISSED);
        assertThat(OkrAssessor.finalAssessment(Progress.of("0.1"), Commitment.LEARNING).status()).isEqualTo(OkrStatus.DONE);
    }

    @Test
    void aLearningObjectiveFallsSilentLikeAnyOther() {
        Instant now = Instant.parse("2026-11-20T00:00:00Z");
        KeyResult quiet = kr("5", Instant.parse("2026-11-01T00:00:00Z"), CheckInCadence.WEEKLY);
        assertThat(assessor.assessKeyResult(quiet, Commitment.LEARNING, cycle, now).status()).isEqualTo(OkrStatus.STALE);
    }

    @Test
    void theCadenceDecidesWhenSilenceIsStale() {
        Instant lastCheckIn = Instant.parse("2026-11-01T00:00:00Z");
        Instant tenDaysLater = lastCheckIn.plusSeconds(10 * 86_400);
        Instant twentyDaysLater = lastCheckIn.plusSeconds(20 * 86_400);
        assertThat(assessor.assessKeyResult(kr("9", lastCheckIn, CheckInCadence.WEEKLY), Commitment.COMMITTED, cycle,
                tenDaysLater).status()).isEqualTo(OkrStatus.STALE);
        assertThat(assessor.assessKeyResult(kr("9", lastCheckIn, CheckInCadence.BIWEEKLY), Commitment.COMMITTED, cycle,
                tenDaysLater).status()).isNotEqualTo(OkrStatus.STALE);
        assertThat(assessor.assessKeyResult(kr("9", lastCheckIn, CheckInCadence.BIWEEKLY), Commitment.COMMITTED, cycle,
                twentyDaysLater).status()).isEqualTo(OkrStatus.STALE);
        assertThat(assessor.assessKeyResult(kr("9", lastCheckIn, CheckInCadence.MONTHLY), Commitment.COMMITTED, cycle,
                twentyDaysLater).status()).isNotEqualTo(OkrStatus.STALE);
    }

    @Test
    void aTeamsCadenceOverridesTheDefault() {
        OkrSettings s = new OkrSettings(GradeBands.DEFAULTS, StatusThresholds.DEFAULTS, ObjectiveStatusMode.WORST_KEY_RESULT,
                Month.APRIL, CheckInCadence.BIWEEKLY, Map.of("PLAT", CheckInCadence.MONTHLY), true, ZoneId.of("Europe/Berlin"));
        assertThat(s.cadenceOf("PLAT")).isEqualTo(CheckInCadence.MONTHLY);
        assertThat(s.cadenceOf("GROW")).isEqualTo(CheckInCadence.BIWEEKLY);
        assertThat(s.cadenceOf(null)).isEqualTo(CheckInCadence.BIWEEKLY);
        assertThat(s.calendar().quarterContaining(LocalDate.of(2026, 5, 10)).name()).isEqualTo("FY2027 Q1");
    }

    @Test
    void movedGradeAndStatusBandsChangeTheAssessment() {
        Instant half = Instant.parse("2026-11-15T12:00:00Z");
        OkrAssessor strict = new OkrSettings(new GradeBands(new BigDecimal("0.5"), new BigDecimal("0.9")),
                new StatusThresholds(new BigDecimal("1.0"), new BigDecimal("0.8")), ObjectiveStatusMode.WORST_KEY_RESULT,
                Month.JANUARY, CheckInCadence.WEEKLY, Map.of(), true, ZoneOffset.UTC).assessor();
        Assessment lenient = assessor.assess(Progress.of("0.48"), Commitment.COMMITTED, cycle, half);
        Assessment judged = strict.assess(Progress.of("0.48"), Commitment.COMMITTED, cycle, half);
        assertThat(lenient.grade()).isEqualTo(Grade.YELLOW);
        assertThat(judged.grade()).isEqualTo(Grade.RED);
        assertThat(lenient.status()).isEqualTo(OkrStatus.ON_TRACK);
        assertThat(judged.status()).isEqualTo(OkrStatus.AT_RISK);
    }

    @Test
    void gradeBandsMustBeOrderedAndInsideTheScale() {
        assertThatThrownBy(() -> new GradeBands(new BigDecimal("0.8"), new BigDecimal("0.7"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeBands(BigDecimal.ZERO, new BigDecimal("0.7"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeBands(new BigDecimal("0.4"), new BigDecimal("1.1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
