package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a key result measures: its kind, start and target values, for {@code STAY_WITHIN} the upper
 * edge of the band (the target is the lower edge), and the unit.
 */
public record KeyResultTarget(KeyResultKind kind, BigDecimal start, BigDecimal target, BigDecimal upper, String unit) {

    public KeyResultTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        if (kind == KeyResultKind.STAY_WITHIN) {
            Objects.requireNonNull(upper, "a STAY_WITHIN key result needs an upper bound");
            if (upper.compareTo(target) < 0) {
                throw new IllegalArgumentException("the band's upper bound " + upper + " is below its lower bound " + target);
            }
        } else if (upper != null) {
            throw new IllegalArgumentException("only STAY_WITHIN key results have an upper bound");
        }
        unit = unit == null ? "" : unit;
    }

    /** A key result without a band. */
    public KeyResultTarget(KeyResultKind kind, BigDecimal start, BigDecimal target, String unit) {
        this(kind, start, target, null, unit);
    }

    public Progress progressAt(BigDecimal current) {
        return kind.progress(this, current);
    }
}
