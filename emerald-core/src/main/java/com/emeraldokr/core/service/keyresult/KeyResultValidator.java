package com.emeraldokr.core.service.keyresult;

import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.service.Validator;

import java.math.BigDecimal;

/**
 * The input rules of a key result, for registering existing issues, creating new ones, editing and
 * restoring a backup alike. What each kind demands of its numbers is the kind's own rule
 * ({@link KeyResultKind#rangeProblem}); this class names the field and the message.
 */
public final class KeyResultValidator {

    private KeyResultValidator() {
    }

    /**
     * The target the fields describe, or null after recording every problem in {@code v}. {@code p}
     * is the JSON path prefix of the key result, ending in a dot, or empty.
     */
    public static KeyResultTarget target(Validator v, String p, String kindName, BigDecimal givenStart,
                                         BigDecimal givenTarget, BigDecimal upper, String unit, BigDecimal weight) {
        KeyResultKind kind = v.requiredEnum(p + "kind", kindName, KeyResultKind.class);
        v.maxLength(p + "unit", unit, Validator.MAX_UNIT_LENGTH);
        weight(v, p + "weight", weight);
        BigDecimal start = givenStart == null && kind != null ? kind.defaultStart() : givenStart;
        BigDecimal target = givenTarget == null && kind != null ? kind.defaultTarget() : givenTarget;
        boolean startOk = v.decimal(p + "start", start);
        boolean targetOk = v.decimal(p + "target", target);
        boolean upperOk = true;
        if (kind != null && kind.takesUpper()) {
            upperOk = v.decimal(p + "upper", upper);
        } else if (upper != null) {
            v.reject(p + "upper", "emerald.error.upper.only.within");
            upperOk = false;
        }
        if (kind == null || !startOk || !targetOk || !upperOk) {
            return null;
        }
        var problem = kind.rangeProblem(start, target, upper);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case TARGET_BELOW_START -> v.reject(p + "target", "emerald.error.target.below.start");
                case TARGET_ABOVE_START -> v.reject(p + "target", "emerald.error.target.above.start");
                case UPPER_BELOW_TARGET -> v.reject(p + "upper", "emerald.error.upper.below.target");
                case COMPLETION_RANGE -> v.reject(p + "target", "emerald.error.kind.completion.range");
            }
            return null;
        }
        return new KeyResultTarget(kind, start, target, kind.takesUpper() ? upper : null, unit == null ? "" : unit.strip());
    }

    /** A weight is optional (1 when left out) and never negative. */
    public static void weight(Validator v, String field, BigDecimal weight) {
        if (weight != null) {
            if (weight.signum() < 0) {
                v.reject(field, "emerald.error.weight.negative");
            } else {
                v.decimal(field, weight);
            }
        }
    }
}
