package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a key result turns its current value into progress in [0,1]. A = start value,
 * B = target; {@code STAY_WITHIN} keeps the value in [target, upper].
 */
public enum KeyResultKind {
    /** Move a metric up from A to B: (x − A) / (B − A). */
    INCREASE_TO {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            return towardsFromBelow(t.start(), t.target(), x);
        }

        @Override
        public Optional<InputProblem> rangeProblem(BigDecimal start, BigDecimal target, BigDecimal upper) {
            return target.compareTo(start) < 0 ? Optional.of(InputProblem.TARGET_BELOW_START) : Optional.empty();
        }
    },
    /** Move a metric down from A to B: (A − x) / (A − B). */
    DECREASE_TO {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            return towardsFromAbove(t.start(), t.target(), x);
        }

        @Override
        public Optional<InputProblem> rangeProblem(BigDecimal start, BigDecimal target, BigDecimal upper) {
            return target.compareTo(start) > 0 ? Optional.of(InputProblem.TARGET_ABOVE_START) : Optional.empty();
        }
    },
    /** Keep a metric at or above B: 1 there, else how far it has come from A towards B. */
    STAY_ABOVE {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            return x.compareTo(t.target()) >= 0 ? Progress.COMPLETE : towardsFromBelow(t.start(), t.target(), x);
        }
    },
    /** Keep a metric at or below B: 1 there, else how far it has come from A towards B. */
    STAY_BELOW {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            return x.compareTo(t.target()) <= 0 ? Progress.COMPLETE : towardsFromAbove(t.start(), t.target(), x);
        }
    },
    /** Keep a metric inside [B, upper]: 1 inside, else how close it has come from A to the nearer edge. */
    STAY_WITHIN {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            if (x.compareTo(t.target()) < 0) {
                return towardsFromBelow(t.start(), t.target(), x);
            }
            if (x.compareTo(t.upper()) > 0) {
                return towardsFromAbove(t.start(), t.upper(), x);
            }
            return Progress.COMPLETE;
        }

        @Override
        public boolean takesUpper() {
            return true;
        }

        @Override
        public Optional<InputProblem> rangeProblem(BigDecimal start, BigDecimal target, BigDecimal upper) {
            return upper.compareTo(target) < 0 ? Optional.of(InputProblem.UPPER_BELOW_TARGET) : Optional.empty();
        }
    },
    /** Done or not: a value of 1 or more is done. */
    MILESTONE {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            return x.compareTo(BigDecimal.ONE) >= 0 ? Progress.COMPLETE : Progress.NONE;
        }

        @Override
        boolean runsFromZeroToOne() {
            return true;
        }
    },
    /** The done share of the work under the linked epics; the value is that share, 0 to 1. */
    ISSUE_COMPLETION {
        @Override
        Progress progress(KeyResultTarget t, BigDecimal x) {
            return new Progress(x);
        }

        @Override
        boolean runsFromZeroToOne() {
            return true;
        }

        /** The value is the done share of the linked epics' work: always from 0 to 1. */
        @Override
        public Optional<InputProblem> rangeProblem(BigDecimal start, BigDecimal target, BigDecimal upper) {
            return start.signum() == 0 && target.compareTo(BigDecimal.ONE) == 0
                    ? Optional.empty() : Optional.of(InputProblem.COMPLETION_RANGE);
        }
    };

    /** Why the numbers given for a key result of a kind cannot describe one; services name the field and the words. */
    public enum InputProblem {
        TARGET_BELOW_START,
        TARGET_ABOVE_START,
        UPPER_BELOW_TARGET,
        COMPLETION_RANGE
    }

    abstract Progress progress(KeyResultTarget target, BigDecimal current);

    /** Whether the kind measures against a band and so takes an upper bound. */
    public boolean takesUpper() {
        return false;
    }

    /** Milestones and epic completion measure on a fixed 0-to-1 scale. */
    boolean runsFromZeroToOne() {
        return false;
    }

    /** The start a request may leave out (0 on the fixed scale), or null when it is required. */
    public BigDecimal defaultStart() {
        return runsFromZeroToOne() ? BigDecimal.ZERO : null;
    }

    /** The target a request may leave out (1 on the fixed scale), or null when it is required. */
    public BigDecimal defaultTarget() {
        return runsFromZeroToOne() ? BigDecimal.ONE : null;
    }

    /** What is wrong with a start, target and (for a band) upper bound given for this kind, if anything. */
    public Optional<InputProblem> rangeProblem(BigDecimal start, BigDecimal target, BigDecimal upper) {
        return Optional.empty();
    }

    /** Kinds that describe keeping a state rather than changing it: the shape of a KPI. */
    public boolean keepsAState() {
        return this == STAY_ABOVE || this == STAY_BELOW || this == STAY_WITHIN;
    }

    /** Kinds whose value is entered by people at check-ins (ISSUE_COMPLETION is computed from Jira). */
    public boolean isCheckedIn() {
        return this != ISSUE_COMPLETION;
    }

    /** Progress from a towards a higher b; a = b means reaching b is everything. */
    private static Progress towardsFromBelow(BigDecimal a, BigDecimal b, BigDecimal x) {
        if (a.compareTo(b) >= 0) {
            return x.compareTo(b) >= 0 ? Progress.COMPLETE : Progress.NONE;
        }
        return Progress.ofRatio(x.subtract(a), b.subtract(a));
    }

    /** Progress from a towards a lower b; a = b means reaching b is everything. */
    private static Progress towardsFromAbove(BigDecimal a, BigDecimal b, BigDecimal x) {
        if (a.compareTo(b) <= 0) {
            return x.compareTo(b) <= 0 ? Progress.COMPLETE : Progress.NONE;
        }
        return Progress.ofRatio(a.subtract(x), a.subtract(b));
    }
}
