package com.emeraldokr.core.domain;

import java.math.BigDecimal;

/** How a key result turns its current value into progress in [0,1]. */
public enum KeyResultKind {
    /** Move a metric up from start A to target B: (x − A) / (B − A). */
    INCREASE_TO {
        @Override
        Progress progress(BigDecimal start, BigDecimal target, BigDecimal current) {
            if (start.compareTo(target) == 0) {
                return current.compareTo(target) >= 0 ? Progress.COMPLETE : Progress.NONE;
            }
            return Progress.ofRatio(current.subtract(start), target.subtract(start));
        }
    },
    /** Move a metric down from start A to target B: (A − x) / (A − B). */
    DECREASE_TO {
        @Override
        Progress progress(BigDecimal start, BigDecimal target, BigDecimal current) {
            if (start.compareTo(target) == 0) {
                return current.compareTo(target) <= 0 ? Progress.COMPLETE : Progress.NONE;
            }
            return Progress.ofRatio(start.subtract(current), start.subtract(target));
        }
    };

    abstract Progress progress(BigDecimal start, BigDecimal target, BigDecimal current);
}
