package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Projects a key result to its cycle's end along the least-squares line through its check-ins. */
public final class Forecaster {

    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();
    /** Projected values keep two more decimals than the most precise check-in, no more. */
    private static final int EXTRA_DECIMALS = 2;

    private Forecaster() {
    }

    /** Empty until there are two check-ins at different times inside the cycle. */
    public static Optional<KeyResultForecast> forecast(KeyResultTarget target, Commitment commitment, Cycle cycle,
                                                       List<CheckIn> checkIns) {
        List<CheckIn> inCycle = checkIns.stream().filter(c -> !c.at().isBefore(cycle.startsAt())
                && c.at().isBefore(cycle.endsAt())).toList();
        double[] days = new double[inCycle.size()];
        double[] values = new double[inCycle.size()];
        int scale = 0;
        for (int i = 0; i < inCycle.size(); i++) {
            days[i] = Duration.between(cycle.startsAt(), inCycle.get(i).at()).toMillis() / MILLIS_PER_DAY;
            values[i] = inCycle.get(i).value().doubleValue();
            scale = Math.max(scale, Math.max(0, inCycle.get(i).value().scale()));
        }
        int decimals = scale + EXTRA_DECIMALS;
        double cycleDays = Duration.between(cycle.startsAt(), cycle.endsAt()).toMillis() / MILLIS_PER_DAY;
        return LeastSquares.fit(days, values).map(line -> {
            BigDecimal projected = BigDecimal.valueOf(line.at(cycleDays)).setScale(decimals, RoundingMode.HALF_UP);
            Progress progress = target.progressAt(projected);
            boolean offTrack = progress.value().compareTo(commitment.expectation()) < 0;
            return new KeyResultForecast(projected.stripTrailingZeros(), progress, line.slope(), inCycle.size(), offTrack);
        });
    }
}
