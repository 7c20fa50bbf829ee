package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CycleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Cycle q4 = new Cycle(1, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), BERLIN, CycleState.ACTIVE);

    private static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
    }

    @Test
    void elapsedIsExactlyZeroUntilTheFirstMomentInTheCyclesZone() {
        assertThat(q4.elapsedShare(at(2026, 9, 1, 0, 0, BERLIN))).isEqualTo(0.0);
        assertThat(q4.elapsedShare(at(2026, 10, 1, 0, 0, BERLIN))).isEqualTo(0.0);
        // 23:30 UTC on 30 September is already 1 October in Berlin
        assertThat(q4.elapsedShare(at(2026, 9, 30, 23, 30, ZoneId.of("UTC")))).isGreaterThan(0.0);
        assertThat(q4.hasStarted(at(2026, 9, 30, 21, 59, ZoneId.of("UTC")))).isFalse();
    }

    @Test
    void elapsedIsExactlyOneFromMidnightAfterTheEndDate() {
        assertThat(q4.elapsedShare(at(2026, 12, 31, 23, 59, BERLIN))).isLessThan(1.0);
        assertThat(q4.elapsedShare(at(2027, 1, 1, 0, 0, BERLIN))).isEqualTo(1.0);
        assertThat(q4.elapsedShare(at(2027, 6, 1, 0, 0, BERLIN))).isEqualTo(1.0);
        assertThat(q4.hasEnded(at(2027, 1, 1, 0, 0, BERLIN))).isTrue();
    }

    @Test
    void elapsedGrowsLinearlyInBetween() {
        Instant mid = q4.startsAt().plus(java.time.Duration.between(q4.startsAt(), q4.endsAt()).dividedBy(2));
        assertThat(q4.elapsedShare(mid)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void daysLeftCountsWholeDaysIncludingToday() {
        assertThat(q4.daysLeft(at(2026, 12, 31, 10, 0, BERLIN))).isEqualTo(1);
        assertThat(q4.daysLeft(at(2026, 12, 1, 10, 0, BERLIN))).isEqualTo(31);
        assertThat(q4.daysLeft(at(2027, 1, 2, 10, 0, BERLIN))).isZero();
        assertThat(q4.daysLeft(at(2026, 9, 1, 10, 0, BERLIN))).isEqualTo(92);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Cycle(1, "x", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), BERLIN, CycleState.PLANNING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
    }
}
