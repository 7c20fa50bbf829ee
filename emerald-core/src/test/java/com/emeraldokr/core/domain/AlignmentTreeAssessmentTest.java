package com.emeraldokr.core.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A parent objective's progress and status include its aligned child objectives. */
class AlignmentTreeAssessmentTest {

    private final Cycle cycle = new Cycle(1, "Q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC,
            CycleState.ACTIVE);
    private final Instant half = cycle.startsAt().plus(Duration.between(cycle.startsAt(), cycle.endsAt()).dividedBy(2));
    private final OkrAssessor assessor = OkrAssessor.withDefaults();

    private KeyResult kr(long id, int percent) {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        return new KeyResult(id, target, BigDecimal.ONE,
                Optional.of(new CheckIn(half.minusSeconds(3600), BigDecimal.valueOf(percent), 5, "", null)));
    }

    private static ObjectiveNode node(long id, List<KeyResult> krs, long... children) {
        List<ObjectiveNode.Contribution> c = java.util.Arrays.stream(children)
                .mapToObj(child -> new ObjectiveNode.Contribution(child, BigDecimal.ONE)).toList();
        return new ObjectiveNode(id, Commitment.COMMITTED, krs, c);
    }

    @Test
    void theParentsProgressAndStatusIncludeItsChild() {
        Map<Long, ObjectiveNode> tree = new LinkedHashMap<>();
        tree.put(1L, node(1, List.of(kr(11, 80), kr(12, 80)), 2));
        tree.put(2L, node(2, List.of(kr(21, 20)))); // half-way through, 0.2 of 0.5 expected: off track

        Map<Long, ObjectiveAssessment> assessed = assessor.assessTree(tree, cycle, half);

        // (0.8 + 0.8 + 0.2) / 3
        assertThat(assessed.get(1L).overall().progress().value()).isEqualByComparingTo("0.6");
        assertThat(assessed.get(2L).overall().status()).isEqualTo(OkrStatus.OFF_TRACK);
        assertThat(assessed.get(1L).overall().status()).as("the worst of key results and children").isEqualTo(OkrStatus.OFF_TRACK);
        assertThat(assessed.get(1L).keyResults()).containsOnlyKeys(11L, 12L);
    }

    @Test
    void withoutContributionsTheTreeGivesWhatEachObjectiveGivesAlone() {
        List<KeyResult> krs = List.of(kr(11, 30), kr(12, 90));
        Map<Long, ObjectiveNode> tree = Map.of(1L, node(1, krs));

        ObjectiveAssessment alone = assessor.assessObjective(krs, Commitment.COMMITTED, cycle, half);

        assertThat(assessor.assessTree(tree, cycle, half).get(1L)).isEqualTo(alone);
    }

    @Test
    void aLoopIsRefused() {
        Map<Long, ObjectiveNode> tree = Map.of(1L, node(1, List.of(kr(11, 10)), 2), 2L, node(2, List.of(kr(21, 10)), 1));
        assertThatThrownBy(() -> assessor.assessTree(tree, cycle, half)).isInstanceOf(AlignmentCycleException.class);
    }

    @Test
    void weightedStatusModeJudgesTheRolledUpProgress() {
        OkrAssessor weighted = new OkrAssessor(StatusThresholds.DEFAULTS, ObjectiveStatusMode.WEIGHTED_PROGRESS);
        Map<Long, ObjectiveNode> tree = new LinkedHashMap<>();
        tree.put(1L, node(1, List.of(kr(11, 100), kr(12, 100)), 2));
        tree.put(2L, node(2, List.of(kr(21, 10))));
        // (1 + 1 + 0.1) / 3 = 0.7 against 0.5 expected
        assertThat(weighted.assessTree(tree, cycle, half).get(1L).overall().status()).isEqualTo(OkrStatus.ON_TRACK);
    }

    @Property
    void aChildPullsItsParentTowardsItsOwnProgress(@ForAll @IntRange(min = 0, max = 100) int parentPercent,
                                                   @ForAll @IntRange(min = 0, max = 100) int childPercent) {
        Map<Long, ObjectiveNode> tree = new LinkedHashMap<>();
        tree.put(1L, node(1, List.of(kr(11, parentPercent)), 2));
        tree.put(2L, node(2, List.of(kr(21, childPercent))));
        Map<Long, ObjectiveAssessment> assessed = assessor.assessTree(tree, cycle, half);
        BigDecimal parent = assessed.get(1L).overall().progress().value();
        BigDecimal own = BigDecimal.valueOf(parentPercent, 2);
        BigDecimal child = BigDecimal.valueOf(childPercent, 2);
        assertThat(parent).isBetween(own.min(child), own.max(child));
        assertThat(OkrStatus.worst(assessed.get(1L).overall().status(), assessed.get(2L).overall().status()))
                .isEqualTo(assessed.get(1L).overall().status());
    }
}
