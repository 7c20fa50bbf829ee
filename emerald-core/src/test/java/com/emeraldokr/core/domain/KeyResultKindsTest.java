package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyResultKindsTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static String progress(KeyResultKind kind, String start, String target, String current) {
        return new KeyResultTarget(kind, d(start), d(target), "").progressAt(d(current)).value().toPlainString();
    }

    @ParameterizedTest(name = "{0} start {1} boundary {2} at {3} = {4}")
    @CsvSource({
            // inside the kept side: complete, however far
            "STAY_ABOVE, 80, 95, 95, 1.0000",
            "STAY_ABOVE, 80, 95, 99.9, 1.0000",
            // outside: how close, linearly, from the start value to the boundary
            "STAY_ABOVE, 80, 95, 87.5, 0.5000",
            "STAY_ABOVE, 80, 95, 70, 0.0000",
            // started inside and fell out: nothing to measure from, so nothing
            "STAY_ABOVE, 99, 95, 94, 0.0000",
            "STAY_BELOW, 500, 200, 200, 1.0000",
            "STAY_BELOW, 500, 200, 350, 0.5000",
            "STAY_BELOW, 500, 200, 600, 0.0000",
            "STAY_BELOW, 150, 200, 201, 0.0000",
            "MILESTONE, 0, 1, 0, 0.0000",
            "MILESTONE, 0, 1, 0.99, 0.0000",
            "MILESTONE, 0, 1, 1, 1.0000",
            "ISSUE_COMPLETION, 0, 1, 0.375, 0.3750",
            "ISSUE_COMPLETION, 0, 1, 1.2, 1.0000",
    })
    void keepAndMilestoneKindsFollowTheDesignFormulas(KeyResultKind kind, String start, String target, String current,
                                                      String expected) {
        assertThat(progress(kind, start, target, current)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "within [40, 60] from {0} at {1} = {2}")
    @CsvSource({
            "20, 40, 1.0000",
            "20, 50, 1.0000",
            "20, 60, 1.0000",
            "20, 30, 0.5000",
            "90, 75, 0.5000",
            "90, 95, 0.0000",
            "50, 70, 0.0000",
    })
    void stayWithinMeasuresTowardsTheNearerEdge(String start, String current, String expected) {
        KeyResultTarget band = new KeyResultTarget(KeyResultKind.STAY_WITHIN, d(start), d("40"), d("60"), "ms");
        assertThat(band.progressAt(d(current)).value().toPlainString()).isEqualTo(expected);
    }

    @Test
    void aBandNeedsAnUpperBoundAboveItsLowerBoundAndNoOtherKindHasOne() {
        assertThatThrownBy(() -> new KeyResultTarget(KeyResultKind.STAY_WITHIN, d("1"), d("40"), null, ""))
                .hasMessageContaining("upper bound");
        assertThatThrownBy(() -> new KeyResultTarget(KeyResultKind.STAY_WITHIN, d("1"), d("40"), d("30"), ""))
                .hasMessageContaining("below its lower bound");
        assertThatThrownBy(() -> new KeyResultTarget(KeyResultKind.INCREASE_TO, d("1"), d("40"), d("50"), ""))
                .hasMessageContaining("only STAY_WITHIN");
    }

    @Test
    void keepingAStateIsTheShapeOfAKpi() {
        assertThat(KeyResultKind.STAY_ABOVE.keepsAState()).isTrue();
        assertThat(KeyResultKind.STAY_WITHIN.keepsAState()).isTrue();
        assertThat(KeyResultKind.INCREASE_TO.keepsAState()).isFalse();
        assertThat(KeyResultKind.ISSUE_COMPLETION.isCheckedIn()).isFalse();
    }
}
