package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** A share of completion, always clamped to [0,1] and kept to four decimal places. */
public record Progress(BigDecimal value) implements Comparable<Progress> {

    static final int SCALE = 4;
    public static final Progress NONE = new Progress(BigDecimal.ZERO);
    public static final Progress COMPLETE = new Progress(BigDecimal.ONE);

    public Progress {
        Objects.requireNonNull(value, "value");
        value = clamp(value).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Progress ofRatio(BigDecimal numerator, BigDecimal denominator) {
        return new Progress(numerator.divide(denominator, MathContext.DECIMAL64));
    }

    /** The plain mean; none for an empty collection. */
    public static Progress mean(Collection<Progress> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        BigDecimal sum = values.stream().map(Progress::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Progress(sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64));
    }

    public static Progress of(String value) {
        return new Progress(new BigDecimal(value));
    }

    private static BigDecimal clamp(BigDecimal v) {
        if (v.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return v.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : v;
    }

    public boolean isComplete() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    /** Whole percent, rounded half up, as users see it. */
    public int percent() {
        return value.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    @Override
    public int compareTo(Progress other) {
        return value.compareTo(other.value);
    }
}
