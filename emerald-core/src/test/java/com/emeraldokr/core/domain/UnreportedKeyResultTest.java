package com.emeraldokr.core.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A key result is not done before anything is reported, whatever its start says. */
class UnreportedKeyResultTest {

    private final Cycle cycle = new Cycle(1, "Q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC,
            CycleState.ACTIVE);
    private final Instant firstDay = cycle.startsAt().plusSeconds(3600);

    private static KeyResult kr(KeyResultKind kind, String start, String target, String reported) {
        Optional<CheckIn> latest = reported == null ? Optional.empty()
                : Optional.of(new CheckIn(Instant.parse("2026-10-01T02:00:00Z"), new BigDecimal(reported), 5, "", "u"));
        return new KeyResult(1, new KeyResultTarget(kind, new BigDecimal(start), new BigDecimal(target), "%"),
                BigDecimal.ONE, latest);
    }

    @Test
    void startEqualToTargetIsNotStartedBeforeACheckIn() {
        KeyResult unreported = kr(KeyResultKind.INCREASE_TO, "50", "50", null);
        assertThat(unreported.progress()).isEqualTo(Progress.NONE);
        Assessment a = OkrAssessor.withDefaults().assessKeyResult(unreported, Commitment.COMMITTED, cycle, firstDay);
        assertThat(a.status()).isEqualTo(OkrStatus.NOT_STARTED);
        assertThat(a.progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void aCheckInReachingTheTargetMakesItDone() {
        KeyResult reached = kr(KeyResultKind.INCREASE_TO, "50", "50", "50");
        Assessment a = OkrAssessor.withDefaults().assessKeyResult(reached, Commitment.COMMITTED, cycle,
                cycle.startsAt().plusSeconds(4 * 3600));
        assertThat(a.status()).isEqualTo(OkrStatus.DONE);
        assertThat(kr(KeyResultKind.INCREASE_TO, "50", "50", "49").progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void aStartAlreadyInsideTheBandIsNotDoneBeforeACheckIn() {
        assertThat(kr(KeyResultKind.STAY_ABOVE, "99", "95", null).progress()).isEqualTo(Progress.NONE);
        assertThat(kr(KeyResultKind.STAY_ABOVE, "99", "95", "99").progress()).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void anUnreportedKeyResultAfterItsCadenceIsStaleAndAfterTheCycleMissed() {
        KeyResult unreported = kr(KeyResultKind.DECREASE_TO, "10", "10", null);
        OkrAssessor assessor = OkrAssessor.withDefaults();
        assertThat(assessor.assessKeyResult(unreported, Commitment.COMMITTED, cycle, cycle.startsAt().plusSeconds(8 * 86_400))
                .status()).isEqualTo(OkrStatus.STALE);
        assertThat(assessor.assessKeyResult(unreported, Commitment.COMMITTED, cycle, cycle.endsAt()).status())
                .isEqualTo(OkrStatus.MISSED);
    }

    @Property
    void noKindScoresAnythingBeforeACheckIn(@ForAll KeyResultKind kind,
                                            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal start,
                                            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal target) {
        BigDecimal lower = kind == KeyResultKind.ISSUE_COMPLETION || kind == KeyResultKind.MILESTONE ? BigDecimal.ZERO : start;
        KeyResultTarget t = kind == KeyResultKind.STAY_WITHIN
                ? new KeyResultTarget(kind, lower, target, target.add(BigDecimal.TEN), "u")
                : new KeyResultTarget(kind, lower, target, "u");
        KeyResult unreported = new KeyResult(7, t, BigDecimal.ONE, Optional.empty());
        assertThat(unreported.progress()).isEqualTo(Progress.NONE);
        assertThat(OkrAssessor.withDefaults().assessKeyResult(unreported, Commitment.COMMITTED, cycle, firstDay).status())
                .isNotEqualTo(OkrStatus.DONE).isNotEqualTo(OkrStatus.ON_TRACK);
    }
}
