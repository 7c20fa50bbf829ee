package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** What a key result measures: its kind, the start and target values and their unit. */
public record KeyResultTarget(KeyResultKind kind, BigDecimal start, BigDecimal target, String unit) {

    public KeyResultTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        unit = unit == null ? "" : unit;
    }

    public Progress progressAt(BigDecimal current) {
        return kind.progress(start, target, current);
    }
}
