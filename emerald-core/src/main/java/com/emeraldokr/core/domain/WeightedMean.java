package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The roll-up rule: weights normalised, all-zero weights fall back to the plain mean. */
final class WeightedMean {

    record Part(Progress progress, BigDecimal weight) {
    }

    private WeightedMean() {
    }

    static Progress of(List<Part> parts) {
        if (parts.isEmpty()) {
            return Progress.NONE;
        }
        BigDecimal totalWeight = parts.stream().map(Part::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean plainMean = totalWeight.signum() == 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            sum = sum.add(part.progress().value().multiply(plainMean ? BigDecimal.ONE : part.weight()));
        }
        BigDecimal denominator = plainMean ? BigDecimal.valueOf(parts.size()) : totalWeight;
        return new Progress(sum.divide(denominator, MathContext.DECIMAL64));
    }
}
