package com.emeraldokr.core.domain;

import com.emeraldokr.core.domain.KeyResultKind.InputProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each key-result kind's own input rules: which numbers it needs and which combinations describe nothing. */
class KeyResultKindInputRulesTest {

    @ParameterizedTest(name = "{0} from {1} to {2} (upper {3}): {4}")
    @CsvSource(nullValues = "-", value = {
            "INCREASE_TO,    10, 20, -,  -",
            "INCREASE_TO,    10, 10, -,  -",
            "INCREASE_TO,    20, 10, -,  TARGET_BELOW_START",
            "DECREASE_TO,    20, 10, -,  -",
            "DECREASE_TO,    10, 20, -,  TARGET_ABOVE_START",
            "STAY_ABOVE,     10, 5,  -,  -",
            "STAY_BELOW,     1,  5,  -,  -",
            "STAY_WITHIN,    0,  5,  9,  -",
            "STAY_WITHIN,    0,  5,  4,  UPPER_BELOW_TARGET",
            "MILESTONE,      0,  1,  -,  -",
            "ISSUE_COMPLETION, 0, 1, -,  -",
            "ISSUE_COMPLETION, 0, 2, -,  COMPLETION_RANGE",
            "ISSUE_COMPLETION, 1, 1, -,  COMPLETION_RANGE"})
    void rangeProblems(KeyResultKind kind, BigDecimal start, BigDecimal target, BigDecimal upper, InputProblem expected) {
        assertThat(kind.rangeProblem(start, target, upper)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @EnumSource(KeyResultKind.class)
    void onlyTheBandTakesAnUpperBoundAndOnlyZeroToOneKindsHaveDefaults(KeyResultKind kind) {
        assertThat(kind.takesUpper()).isEqualTo(kind == KeyResultKind.STAY_WITHIN);
        boolean zeroToOne = kind == KeyResultKind.MILESTONE || kind == KeyResultKind.ISSUE_COMPLETION;
        assertThat(kind.defaultStart()).isEqualTo(zeroToOne ? BigDecimal.ZERO : null);
        assertThat(kind.defaultTarget()).isEqualTo(zeroToOne ? BigDecimal.ONE : null);
    }
}
