package com.emeraldokr.core.domain.kpi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource({
            "DAILY, 2026-11-22, 2026-11-22",
            "WEEKLY, 2026-11-22, 2026-W47",
            "WEEKLY, 2027-01-01, 2026-W53",
            "WEEKLY, 2024-12-30, 2025-W01",
            "MONTHLY, 2026-11-22, 2026-11",
            "QUARTERLY, 2026-11-22, 2026-Q4",
            "QUARTERLY, 2026-01-01, 2026-Q1",
    })
    void keysFollowIsoConventions(Cadence cadence, LocalDate date, String key) {
        Period period = cadence.periodOf(date);
        assertThat(period.key()).isEqualTo(key);
        assertThat(Period.parse(key)).isEqualTo(period);
        assertThat(period.contains(date)).isTrue();
    }

    @Test
    void periodsStepAcrossYearBoundaries() {
        assertThat(Period.parse("2026-W53").next().key()).isEqualTo("2027-W01");
        assertThat(Period.parse("2027-W01").previous().key()).isEqualTo("2026-W53");
        assertThat(Period.parse("2026-12").next().key()).isEqualTo("2027-01");
        assertThat(Period.parse("2026-Q1").previous().key()).isEqualTo("2025-Q4");
        assertThat(Period.parse("2026-02").end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Period.parse("2026-W47").end()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void badKeysSayWhatIsExpected() {
        assertThatThrownBy(() -> Period.parse("2026/11")).hasMessageContaining("2026-W47, 2026-11, 2026-Q4 or 2026-11-22");
        assertThatThrownBy(() -> Period.parse("2026-13")).hasMessageContaining("not a valid period");
        assertThatThrownBy(() -> Period.parse("2025-W53")).hasMessageContaining("not a valid period");
        assertThatThrownBy(() -> new Period(Cadence.MONTHLY, LocalDate.of(2026, 11, 2))).hasMessageContaining("does not start");
    }
}
