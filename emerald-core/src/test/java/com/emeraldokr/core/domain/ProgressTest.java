package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private static Progress progress(KeyResultKind kind, String start, String target, String current) {
        return new KeyResultTarget(kind, new BigDecimal(start), new BigDecimal(target), "").progressAt(new BigDecimal(current));
    }

    @ParameterizedTest(name = "{0} from {1} to {2} at {3} = {4}")
    @CsvSource({
            "INCREASE_TO, 0, 100, 25, 0.2500",
            "INCREASE_TO, 40, 60, 45, 0.2500",
            "INCREASE_TO, 40, 60, 30, 0.0000",
            "INCREASE_TO, 40, 60, 75, 1.0000",
            "INCREASE_TO, 0, 3, 1, 0.3333",
            "DECREASE_TO, 800, 200, 500, 0.5000",
            "DECREASE_TO, 800, 200, 900, 0.0000",
            "DECREASE_TO, 800, 200, 100, 1.0000",
            "DECREASE_TO, 5.5, 2.5, 4.75, 0.2500",
            "INCREASE_TO, 10, 10, 10, 1.0000",
            "INCREASE_TO, 10, 10, 9.99, 0.0000",
            "DECREASE_TO, 10, 10, 10, 1.0000",
            "DECREASE_TO, 10, 10, 10.01, 0.0000",
    })
    void followsTheDesignFormulasClampedToZeroOne(KeyResultKind kind, String start, String target, String current,
                                                  String expected) {
        assertThat(progress(kind, start, target, current).value()).isEqualByComparingTo(expected);
    }

    @Test
    void decimalsStayExact() {
        // 0.1 + 0.2 as doubles is 0.30000000000000004; kept as decimals the third of 0.3 is exact
        assertThat(progress(KeyResultKind.INCREASE_TO, "0.1", "0.4", "0.2").value()).isEqualByComparingTo("0.3333");
        assertThat(progress(KeyResultKind.INCREASE_TO, "0", "0.3", "0.1").value().toPlainString()).isEqualTo("0.3333");
        assertThat(progress(KeyResultKind.INCREASE_TO, "1000000.01", "1000000.03", "1000000.02").value())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(Progress.of("0.125").percent()).isEqualTo(13);
        assertThat(Progress.of("0.1249").percent()).isEqualTo(12);
        assertThat(Progress.of("1").percent()).isEqualTo(100);
        assertThat(Progress.of("-3").percent()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0, RED", "0.3999, RED", "0.4, YELLOW", "0.6999, YELLOW", "0.7, GREEN", "1, GREEN"})
    void gradeBandsAreHalfOpen(String score, Grade grade) {
        assertThat(Grade.of(Progress.of(score))).isEqualTo(grade);
    }
}
