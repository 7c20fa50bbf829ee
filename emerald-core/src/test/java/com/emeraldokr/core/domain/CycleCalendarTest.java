package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleCalendarTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void calendarQuartersAndYears() {
        CycleCalendar calendar = CycleCalendar.calendarYear(UTC);
        assertThat(calendar.quarterContaining(LocalDate.of(2026, 11, 22)))
                .isEqualTo(new CycleSpan("2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), UTC));
        assertThat(calendar.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(calendar.fiscalYear(2026)).isEqualTo(new CycleSpan("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), UTC));
        assertThat(calendar.quarterAfter(LocalDate.of(2026, 12, 31)).name()).isEqualTo("2027 Q1");
    }

    @Test
    void aFiscalYearStartingInAprilIsNamedByTheYearItEndsIn() {
        CycleCalendar april = new CycleCalendar(Month.APRIL, UTC);
        assertThat(april.fiscalYearOf(LocalDate.of(2026, 4, 1))).isEqualTo(2027);
        assertThat(april.fiscalYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2026);
        assertThat(april.quarterContaining(LocalDate.of(2026, 5, 15)))
                .isEqualTo(new CycleSpan("FY2027 Q1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), UTC));
        assertThat(april.quarterContaining(LocalDate.of(2027, 2, 28)))
                .isEqualTo(new CycleSpan("FY2027 Q4", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), UTC));
        assertThat(april.fiscalYear(2027).end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(april.quarterAfter(LocalDate.of(2027, 3, 1)).name()).isEqualTo("FY2028 Q1");
    }

    @Test
    void aOneDayCycleRunsFromMidnightToMidnightInItsZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Cycle day = new CycleCalendar(Month.JANUARY, tokyo).custom("Hack day", LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5))
                .toCycle(1, CycleState.ACTIVE);
        assertThat(day.elapsedShare(Instant.parse("2026-06-04T14:59:59Z"))).isZero();
        assertThat(day.elapsedShare(Instant.parse("2026-06-05T03:00:00Z"))).isEqualTo(0.5);
        assertThat(day.elapsedShare(Instant.parse("2026-06-05T15:00:00Z"))).isEqualTo(1.0);
    }

    @Test
    void refusesQuartersThatDoNotExist() {
        assertThatThrownBy(() -> CycleCalendar.calendarYear(UTC).quarter(2026, 5)).hasMessageContaining("1 to 4");
    }
}
