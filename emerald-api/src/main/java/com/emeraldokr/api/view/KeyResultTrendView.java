package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * One key result's check-ins as progress over time, with the line of expected progress (from 0 at the
 * cycle start to the commitment's expectation at its end) and the least-squares forecast (null
 * without two check-ins).
 */
public record KeyResultTrendView(CycleView cycle, String objectiveKey, String objectiveSummary, KeyResultView keyResult,
                                 String cycleStartsAt, String cycleEndsAt, BigDecimal expectation, List<Point> checkIns,
                                 Forecast forecast) {

    public record Point(String at, BigDecimal progress, BigDecimal value) {
    }

    public record Forecast(String at, BigDecimal progress, BigDecimal value, boolean trendingOffTrack) {
    }
}
