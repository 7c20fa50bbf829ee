package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;

import java.math.BigDecimal;

/** Checks what a key result measures, for registering existing issues and for creating new ones alike. */
final class KeyResultTargets {

    private KeyResultTargets() {
    }

    /**
     * The target the fields describe, or null after recording every problem in {@code v}. {@code p}
     * is the JSON path prefix of the key result, ending in a dot, or empty.
     */
    static KeyResultTarget validate(Validator v, String p, String kindName, BigDecimal givenStart, BigDecimal givenTarget,
                                    BigDecimal upper, String unit, BigDecimal weight) {
        KeyResultKind kind = v.required(p + "kind", kindName)
                ? OkrService.parseEnum(v, p + "kind", kindName, KeyResultKind.class) : null;
        v.maxLength(p + "unit", unit, Validator.MAX_UNIT_LENGTH);
        if (weight != null) {
            if (weight.signum() < 0) {
                v.reject(p + "weight", "emerald.error.weight.negative");
            } else {
                v.decimal(p + "weight", weight);
            }
        }
        if (kind == KeyResultKind.ISSUE_COMPLETION) {
            // the value is the done share of the linked epics' work, always from 0 to 1
            boolean defaultRange = (givenStart == null || givenStart.signum() == 0)
                    && (givenTarget == null || givenTarget.compareTo(BigDecimal.ONE) == 0);
            if (!defaultRange) {
                v.reject(p + "target", "emerald.error.kind.completion.range");
            }
            if (upper != null) {
                v.reject(p + "upper", "emerald.error.upper.only.within");
            }
            return defaultRange && upper == null
                    ? new KeyResultTarget(kind, BigDecimal.ZERO, BigDecimal.ONE, unit == null ? "" : unit.strip())
                    : null;
        }
        boolean milestone = kind == KeyResultKind.MILESTONE;
        BigDecimal start = milestone && givenStart == null ? BigDecimal.ZERO : givenStart;
        BigDecimal target = milestone && givenTarget == null ? BigDecimal.ONE : givenTarget;
        boolean startOk = v.decimal(p + "start", start);
        boolean targetOk = v.decimal(p + "target", target);
        boolean upperOk = true;
        if (kind == KeyResultKind.STAY_WITHIN) {
            upperOk = v.decimal(p + "upper", upper);
        } else if (upper != null) {
            v.reject(p + "upper", "emerald.error.upper.only.within");
            upperOk = false;
        }
        if (kind == null || !startOk || !targetOk || !upperOk) {
            return null;
        }
        if (kind == KeyResultKind.INCREASE_TO && target.compareTo(start) < 0) {
            v.reject(p + "target", "emerald.error.target.below.start");
        } else if (kind == KeyResultKind.DECREASE_TO && target.compareTo(start) > 0) {
            v.reject(p + "target", "emerald.error.target.above.start");
        } else if (kind == KeyResultKind.STAY_WITHIN && upper.compareTo(target) < 0) {
            v.reject(p + "upper", "emerald.error.upper.below.target");
        } else {
            return new KeyResultTarget(kind, start, target, kind == KeyResultKind.STAY_WITHIN ? upper : null,
                    unit == null ? "" : unit.strip());
        }
        return null;
    }
}
