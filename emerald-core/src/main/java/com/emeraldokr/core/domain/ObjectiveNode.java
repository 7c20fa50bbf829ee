package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An objective in an alignment tree: its own key results and the child objectives that count
 * towards it, each with a weight. Children without a weight entry do not count.
 */
public record ObjectiveNode(long id, Commitment commitment, List<KeyResult> keyResults, List<Contribution> children) {

    /** A child objective counted towards its parent with a weight. */
    public record Contribution(long childId, BigDecimal weight) {
        public Contribution {
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a contribution weight must not be negative, got " + weight);
            }
        }
    }

    public ObjectiveNode {
        Objects.requireNonNull(commitment, "commitment");
        keyResults = List.copyOf(keyResults);
        children = List.copyOf(children);
    }
}
