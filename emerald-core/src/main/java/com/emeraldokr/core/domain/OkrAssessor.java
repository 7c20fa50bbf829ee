package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores key results and rolls them up into their objective: progress against the
 * progress the elapsed share of the cycle expects, given the objective's commitment.
 */
public final class OkrAssessor {

    private final StatusThresholds thresholds;
    private final ObjectiveStatusMode statusMode;
    private final GradeBands grades;

    public OkrAssessor(StatusThresholds thresholds, ObjectiveStatusMode statusMode) {
        this(thresholds, statusMode, GradeBands.DEFAULTS);
    }

    public OkrAssessor(StatusThresholds thresholds, ObjectiveStatusMode statusMode, GradeBands grades) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.statusMode = Objects.requireNonNull(statusMode, "statusMode");
        this.grades = Objects.requireNonNull(grades, "grades");
    }

    public static OkrAssessor withDefaults() {
        return new OkrAssessor(StatusThresholds.DEFAULTS, ObjectiveStatusMode.WORST_KEY_RESULT);
    }

    public Assessment assess(Progress progress, Commitment commitment, Cycle cycle, Instant now) {
        return new Assessment(progress, grades.gradeOf(progress), status(progress, commitment, cycle, now));
    }

    /**
     * A key result's assessment, including silence: while its cycle runs, a key result whose owner has
     * not checked in within its cadence (counted from the cycle start before the first check-in) is
     * {@link OkrStatus#STALE} unless it is already done or worse.
     */
    public Assessment assessKeyResult(KeyResult kr, Commitment commitment, Cycle cycle, Instant now) {
        Assessment a = assess(kr.progress(), commitment, cycle, now);
        if (kr.unreported() && cycle.contains(now)) {
            // nothing reported yet: not started (and stale once the cadence has passed), never on track by default
            a = new Assessment(a.progress(), a.grade(), OkrStatus.NOT_STARTED);
        } else if (kr.unreported() && cycle.hasEnded(now)) {
            // a key result nobody ever reported on was missed, whatever the commitment expected
            a = new Assessment(a.progress(), a.grade(), OkrStatus.MISSED);
        }
        if (!kr.target().kind().isCheckedIn() || !cycle.contains(now) || a.status() == OkrStatus.DONE) {
            return a;
        }
        Instant lastHeard = kr.latestCheckIn().map(CheckIn::at).filter(at -> at.isAfter(cycle.startsAt()))
                .orElse(cycle.startsAt());
        if (lastHeard.plus(kr.checkInCadence()).isBefore(now)) {
            return new Assessment(a.progress(), a.grade(), OkrStatus.worst(a.status(), OkrStatus.STALE));
        }
        return a;
    }

    public ObjectiveAssessment assessObjective(List<KeyResult> keyResults, Commitment commitment, Cycle cycle, Instant now) {
        Map<Long, Assessment> byId = new LinkedHashMap<>();
        OkrStatus worst = null;
        for (KeyResult kr : keyResults) {
            Assessment a = assessKeyResult(kr, commitment, cycle, now);
            byId.put(kr.issueId(), a);
            worst = worst == null ? a.status() : OkrStatus.worst(worst, a.status());
        }
        Progress rolledUp = weightedProgress(keyResults);
        OkrStatus status = statusMode == ObjectiveStatusMode.WEIGHTED_PROGRESS || worst == null
                ? status(rolledUp, commitment, cycle, now)
                : worst;
        return new ObjectiveAssessment(new Assessment(rolledUp, grades.gradeOf(rolledUp), status), byId);
    }

    /**
     * Assesses every objective of an alignment forest at once. An objective's progress is the weighted
     * mean of its key results and of its contributing child objectives (their own roll-ups, see
     * {@link AlignmentRollup}); its status is the worst of its key results' and contributing children's
     * statuses, or in {@link ObjectiveStatusMode#WEIGHTED_PROGRESS} the status of that progress.
     *
     * @throws AlignmentCycleException when the contributions form a loop
     */
    public Map<Long, ObjectiveAssessment> assessTree(Map<Long, ObjectiveNode> nodes, Cycle cycle, Instant now) {
        AlignmentRollup rollup = new AlignmentRollup(nodes);
        rollup.requireNoLoops();
        Map<Long, ObjectiveAssessment> assessed = new LinkedHashMap<>();
        for (Long id : nodes.keySet()) {
            assessNode(id, nodes, rollup, cycle, now, assessed);
        }
        return assessed;
    }

    private ObjectiveAssessment assessNode(long id, Map<Long, ObjectiveNode> nodes, AlignmentRollup rollup, Cycle cycle,
                                           Instant now, Map<Long, ObjectiveAssessment> assessed) {
        ObjectiveAssessment known = assessed.get(id);
        if (known != null) {
            return known;
        }
        ObjectiveNode node = nodes.get(id);
        Map<Long, Assessment> byId = new LinkedHashMap<>();
        OkrStatus worst = null;
        for (KeyResult kr : node.keyResults()) {
            Assessment a = assessKeyResult(kr, node.commitment(), cycle, now);
            byId.put(kr.issueId(), a);
            worst = worst == null ? a.status() : OkrStatus.worst(worst, a.status());
        }
        for (ObjectiveNode.Contribution child : node.children()) {
            OkrStatus childStatus = assessNode(child.childId(), nodes, rollup, cycle, now, assessed).overall().status();
            worst = worst == null ? childStatus : OkrStatus.worst(worst, childStatus);
        }
        Progress progress = rollup.progressOf(id);
        OkrStatus status = statusMode == ObjectiveStatusMode.WEIGHTED_PROGRESS || worst == null
                ? status(progress, node.commitment(), cycle, now)
                : worst;
        ObjectiveAssessment result = new ObjectiveAssessment(new Assessment(progress, grades.gradeOf(progress), status), byId);
        assessed.put(id, result);
        return result;
    }

    /** Like {@link #finalAssessment}, graded with this assessor's bands. */
    public Assessment graded(Progress finalScore, Commitment commitment) {
        Assessment a = finalAssessment(finalScore, commitment);
        return new Assessment(a.progress(), grades.gradeOf(finalScore), a.status());
    }

    /**
     * The grading of a closed cycle: the frozen final score, its grade, and done when the score meets
     * the commitment's expectation (1.0 committed, 0.7 aspirational), missed otherwise, whatever the
     * dates say: a cycle may be closed before its end date.
     */
    public static Assessment finalAssessment(Progress finalScore, Commitment commitment) {
        OkrStatus status = finalScore.isComplete() || finalScore.value().compareTo(commitment.expectation()) >= 0
                ? OkrStatus.DONE : OkrStatus.MISSED;
        return new Assessment(finalScore, Grade.of(finalScore), status);
    }

    /** Weighted mean with weights normalised; all-zero weights fall back to the plain mean. */
    public static Progress weightedProgress(List<KeyResult> keyResults) {
        return WeightedMean.of(keyResults.stream().map(kr -> new WeightedMean.Part(kr.progress(), kr.weight())).toList());
    }

    OkrStatus status(Progress progress, Commitment commitment, Cycle cycle, Instant now) {
        if (!cycle.hasStarted(now)) {
            return OkrStatus.NOT_STARTED;
        }
        if (progress.isComplete()) {
            return OkrStatus.DONE;
        }
        if (cycle.hasEnded(now)) {
            return progress.value().compareTo(commitment.expectation()) >= 0 ? OkrStatus.DONE : OkrStatus.MISSED;
        }
        BigDecimal expected = commitment.expectation().multiply(BigDecimal.valueOf(cycle.elapsedShare(now)));
        if (expected.signum() == 0) {
            return OkrStatus.ON_TRACK;
        }
        BigDecimal ratio = progress.value().divide(expected, MathContext.DECIMAL64);
        if (ratio.compareTo(thresholds.onTrack()) >= 0) {
            return OkrStatus.ON_TRACK;
        }
        return ratio.compareTo(thresholds.atRisk()) >= 0 ? OkrStatus.AT_RISK : OkrStatus.OFF_TRACK;
    }
}
