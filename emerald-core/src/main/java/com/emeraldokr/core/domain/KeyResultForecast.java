package com.emeraldokr.core.domain;

import java.math.BigDecimal;

/**
 * Where a key result's check-ins point at the end of its cycle. {@code trendingOffTrack} when the
 * projection misses what the objective's commitment expects (1.0 committed, 0.7 aspirational).
 */
public record KeyResultForecast(BigDecimal projectedValue, Progress projectedProgress, double slopePerDay,
                                int checkIns, boolean trendingOffTrack) {
}
