package com.emeraldokr.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlignmentRollupTest {

    private static KeyResult kr(long id, String progressPercent, String weight) {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        return new KeyResult(id, target, new BigDecimal(weight),
                Optional.of(new CheckIn(Instant.EPOCH, new BigDecimal(progressPercent), 5, "", null)));
    }

    private static ObjectiveNode.Contribution child(long id, String weight) {
        return new ObjectiveNode.Contribution(id, new BigDecimal(weight));
    }

    private static ObjectiveNode node(long id, List<KeyResult> krs, List<ObjectiveNode.Contribution> children) {
        return new ObjectiveNode(id, Commitment.COMMITTED, krs, children);
    }

    @Test
    void aParentCountsItsChildObjectivesAsWeightedContributors() {
        Map<Long, ObjectiveNode> tree = Map.of(
                1L, node(1, List.of(kr(11, "40", "1")), List.of(child(2, "1"), child(3, "2"))),
                2L, node(2, List.of(kr(21, "100", "1")), List.of()),
                3L, node(3, List.of(kr(31, "10", "1"), kr(32, "30", "1")), List.of()));
        AlignmentRollup rollup = new AlignmentRollup(tree);
        assertThat(rollup.progressOf(3).value()).isEqualByComparingTo("0.2");
        // (0.4 x 1 + 1.0 x 1 + 0.2 x 2) / 4
        assertThat(rollup.progressOf(1).value()).isEqualByComparingTo("0.45");
        assertThat(rollup.descendantsOf(1)).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void anObjectiveWithNothingUnderItHasNoProgress() {
        assertThat(new AlignmentRollup(Map.of(1L, node(1, List.of(), List.of()))).progressOf(1)).isEqualTo(Progress.NONE);
    }

    @Test
    void loopsAreRefusedNamingTheLoop() {
        Map<Long, ObjectiveNode> tree = Map.of(
                1L, node(1, List.of(), List.of(child(2, "1"))),
                2L, node(2, List.of(), List.of(child(3, "1"))),
                3L, node(3, List.of(), List.of(child(2, "1"))));
        assertThatThrownBy(() -> new AlignmentRollup(tree).requireNoLoops())
                .isInstanceOfSatisfying(AlignmentCycleException.class, e -> {
                    assertThat(e.loop()).first().isEqualTo(e.loop().get(e.loop().size() - 1));
                    assertThat(e.loop()).containsSubsequence(2L, 3L);
                })
                .hasMessageContaining("loop");
        assertThatThrownBy(() -> new AlignmentRollup(Map.of(5L, node(5, List.of(), List.of(child(5, "1"))))).progressOf(5))
                .hasMessage("objectives are aligned in a loop: 5 -> 5");
    }

    @Test
    void aChildOutsideTheTreeIsAClearError() {
        assertThatThrownBy(() -> new AlignmentRollup(Map.of(1L, node(1, List.of(), List.of(child(9, "1"))))).progressOf(1))
                .hasMessageContaining("objective 9 is not in this alignment tree");
    }
}
