package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleLengthTest {

    private static Cycle cycle(long id, String start, String end, CycleState state) {
        return new Cycle(id, "c" + id, LocalDate.parse(start), LocalDate.parse(end), ZoneOffset.UTC, state);
    }

    @ParameterizedTest
    @CsvSource({
            // both dates count: February of a common year is 28 days, a leap year's 29
            "2026-02-01, 2026-02-28, MONTH, 28",
            "2028-02-01, 2028-02-29, MONTH, 29",
            "2026-01-01, 2026-01-31, MONTH, 31",
            "2026-01-01, 2026-03-31, QUARTER, 90",
            "2026-04-01, 2026-06-30, QUARTER, 91",
            "2026-10-01, 2026-12-31, QUARTER, 92",
            "2028-01-01, 2028-03-31, QUARTER, 91",
            "2026-01-01, 2026-06-30, HALF_YEAR, 181",
            "2026-07-01, 2026-12-31, HALF_YEAR, 184",
            "2026-01-01, 2026-12-31, YEAR, 365",
            "2028-01-01, 2028-12-31, YEAR, 366",
            "2026-01-01, 2026-01-01, CUSTOM, 1",
            "2026-01-01, 2026-01-27, CUSTOM, 27",
            "2026-01-01, 2026-02-01, CUSTOM, 32",
            "2026-01-01, 2026-03-29, CUSTOM, 88",
            "2026-01-01, 2026-04-03, CUSTOM, 93",
            "2026-01-01, 2026-12-30, CUSTOM, 364",
            "2026-01-01, 2027-01-02, CUSTOM, 367",
    })
    void classifiesTheInclusiveDayCount(String start, String end, CycleLength.Kind kind, long days) {
        CycleLength length = CycleLength.of(LocalDate.parse(start), LocalDate.parse(end));
        assertThat(length.kind()).isEqualTo(kind);
        assertThat(length.days()).isEqualTo(days);
    }

    @Test
    void standardLengthsMatchWhateverTheirDaysCustomOnesOnlyOnTheSameDays() {
        CycleLength q1 = CycleLength.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
        CycleLength q4 = CycleLength.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"));
        assertThat(q1.sameAs(q4)).isTrue();
        assertThat(q1.key()).isEqualTo("QUARTER");
        CycleLength sixWeeks = CycleLength.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-11"));
        CycleLength otherSixWeeks = CycleLength.of(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-06-14"));
        CycleLength fiveWeeks = CycleLength.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-04"));
        assertThat(sixWeeks.key()).isEqualTo("CUSTOM_42");
        assertThat(sixWeeks.sameAs(otherSixWeeks)).isTrue();
        assertThat(sixWeeks.sameAs(fiveWeeks)).isFalse();
        assertThat(q1.sameAs(sixWeeks)).isFalse();
    }

    @Test
    void refusesAnEndBeforeTheStartAndAKindThatDoesNotFitItsDays() {
        assertThatThrownBy(() -> CycleLength.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CycleLength(CycleLength.Kind.QUARTER, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActiveRivalIsAnotherActiveCycleOfTheSameLength() {
        Cycle q4 = cycle(1, "2026-10-01", "2026-12-31", CycleState.PLANNING);
        Cycle activeQ3 = cycle(2, "2026-07-01", "2026-09-30", CycleState.ACTIVE);
        Cycle activeYear = cycle(3, "2026-01-01", "2026-12-31", CycleState.ACTIVE);
        Cycle closedQ2 = cycle(4, "2026-04-01", "2026-06-30", CycleState.CLOSED);
        Cycle planningQ1 = cycle(5, "2026-01-01", "2026-03-31", CycleState.PLANNING);

        assertThat(CycleLength.activeRival(q4, List.of(q4, activeYear, closedQ2, planningQ1, activeQ3))).contains(activeQ3);
        assertThat(CycleLength.activeRival(q4, List.of(q4, activeYear, closedQ2, planningQ1))).isEmpty();
        // an active cycle is not its own rival
        assertThat(CycleLength.activeRival(activeQ3, List.of(activeQ3, activeYear))).isEmpty();
    }

    @Test
    void aClosedCycleIsGradedOnItsFinalScoreAgainstTheCommitment() {
        Progress six = new Progress(new BigDecimal("0.6"));
        Progress seven = new Progress(new BigDecimal("0.7"));
        assertThat(OkrAssessor.finalAssessment(seven, Commitment.ASPIRATIONAL).status()).isEqualTo(OkrStatus.DONE);
        assertThat(OkrAssessor.finalAssessment(six, Commitment.ASPIRATIONAL).status()).isEqualTo(OkrStatus.MISSED);
        assertThat(OkrAssessor.finalAssessment(seven, Commitment.COMMITTED).status()).isEqualTo(OkrStatus.MISSED);
        assertThat(OkrAssessor.finalAssessment(Progress.COMPLETE, Commitment.COMMITTED).status()).isEqualTo(OkrStatus.DONE);
        assertThat(OkrAssessor.finalAssessment(six, Commitment.COMMITTED).grade()).isEqualTo(Grade.YELLOW);
    }
}
