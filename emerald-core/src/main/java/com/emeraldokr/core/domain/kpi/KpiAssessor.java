package com.emeraldokr.core.domain.kpi;

import com.emeraldokr.core.domain.LeastSquares;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** KPI health per period and trend over a window. */
public final class KpiAssessor {

    /** A slope smaller than this share of the mean magnitude per period counts as flat. */
    public static final double DEFAULT_FLAT_TOLERANCE = 0.01;

    private final double flatTolerance;

    public KpiAssessor(double flatTolerance) {
        if (flatTolerance < 0) {
            throw new IllegalArgumentException("flat tolerance must not be negative, got " + flatTolerance);
        }
        this.flatTolerance = flatTolerance;
    }

    public static KpiAssessor withDefaults() {
        return new KpiAssessor(DEFAULT_FLAT_TOLERANCE);
    }

    /** Achievement a in [0, 1]: 1 means at or beyond target (or inside the range). */
    public static BigDecimal achievement(KpiDefinition kpi, BigDecimal value) {
        BigDecimal a = switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> value.divide(kpi.target(), MathContext.DECIMAL64);
            // at or below zero beats any positive target
            case LOWER_IS_BETTER -> value.signum() <= 0 ? BigDecimal.ONE : kpi.target().divide(value, MathContext.DECIMAL64);
            case WITHIN_RANGE -> withinRange(kpi, value);
        };
        if (a.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return a.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : a;
    }

    /** 1 inside the range; outside, 1 minus the distance to the range in range widths. */
    private static BigDecimal withinRange(KpiDefinition kpi, BigDecimal value) {
        BigDecimal distance = distanceToRange(kpi, value);
        if (distance.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal width = kpi.rangeHigh().subtract(kpi.rangeLow());
        if (width.signum() == 0) {
            // a single allowed value: measure the miss against the value itself
            width = kpi.rangeLow().abs().signum() == 0 ? BigDecimal.ONE : kpi.rangeLow().abs();
        }
        return BigDecimal.ONE.subtract(distance.divide(width, MathContext.DECIMAL64));
    }

    static BigDecimal distanceToRange(KpiDefinition kpi, BigDecimal value) {
        if (value.compareTo(kpi.rangeLow()) < 0) {
            return kpi.rangeLow().subtract(value);
        }
        if (value.compareTo(kpi.rangeHigh()) > 0) {
            return value.subtract(kpi.rangeHigh());
        }
        return BigDecimal.ZERO;
    }

    public static KpiHealth health(KpiDefinition kpi, Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            return KpiHealth.NO_DATA;
        }
        BigDecimal a = achievement(kpi, value.get());
        if (a.compareTo(kpi.thresholds().healthy()) >= 0) {
            return KpiHealth.HEALTHY;
        }
        return a.compareTo(kpi.thresholds().watch()) >= 0 ? KpiHealth.WATCH : KpiHealth.UNHEALTHY;
    }

    /** Health of each of the {@code count} periods ending with {@code last}, oldest first. */
    public static List<PeriodHealth> history(KpiDefinition kpi, Collection<KpiMeasurement> measurements, Period last, int count) {
        Map<Period, BigDecimal> byPeriod = byPeriod(kpi, measurements);
        List<PeriodHealth> history = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < count; i++) {
            Optional<BigDecimal> value = Optional.ofNullable(byPeriod.get(p));
            history.add(0, new PeriodHealth(p, value, health(kpi, value)));
            p = p.previous();
        }
        return history;
    }

    /**
     * Health now: the current period's if it has a measurement, else the previous period's (the
     * current one may simply not be collected yet), else NO_DATA — a KPI silent for a whole cadence
     * is never healthy.
     */
    public static PeriodHealth current(KpiDefinition kpi, Collection<KpiMeasurement> measurements, LocalDate today) {
        Period now = kpi.cadence().periodOf(today);
        List<PeriodHealth> lastTwo = history(kpi, measurements, now, 2);
        if (lastTwo.get(1).value().isPresent()) {
            return lastTwo.get(1);
        }
        return lastTwo.get(0).value().isPresent() ? lastTwo.get(0) : new PeriodHealth(now, Optional.empty(), KpiHealth.NO_DATA);
    }

    /** Least-squares trend over the measured periods among the {@code window} periods ending with {@code last}. */
    public KpiTrend trend(KpiDefinition kpi, Collection<KpiMeasurement> measurements, Period last, int window) {
        List<PeriodHealth> periods = history(kpi, measurements, last, window);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            int index = i;
            periods.get(i).value().ifPresent(v -> points.add(new double[]{index, signal(kpi, v)}));
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        Optional<LeastSquares.Line> line = LeastSquares.fit(x, y);
        if (line.isEmpty()) {
            return KpiTrend.unknown(points.size());
        }
        double slope = line.get().slope();
        double scale = scale(kpi, y);
        if (Math.abs(slope) <= flatTolerance * scale) {
            return new KpiTrend(KpiTrend.Direction.FLAT, slope, points.size());
        }
        boolean goingUp = slope > 0;
        boolean upIsGood = kpi.direction() == KpiDirection.HIGHER_IS_BETTER;
        return new KpiTrend(goingUp == upIsGood ? KpiTrend.Direction.IMPROVING : KpiTrend.Direction.WORSENING,
                slope, points.size());
    }

    /** What the trend follows: the value, or for a range the distance to it (smaller is better). */
    private static double signal(KpiDefinition kpi, BigDecimal value) {
        return kpi.direction() == KpiDirection.WITHIN_RANGE ? distanceToRange(kpi, value).doubleValue() : value.doubleValue();
    }

    private static double scale(KpiDefinition kpi, double[] values) {
        if (kpi.direction() == KpiDirection.WITHIN_RANGE) {
            double width = kpi.rangeHigh().subtract(kpi.rangeLow()).abs().doubleValue();
            return width > 0 ? width : Math.max(1e-12, kpi.rangeLow().abs().doubleValue());
        }
        double mean = 0;
        for (double v : values) {
            mean += Math.abs(v);
        }
        return Math.max(1e-12, mean / values.length);
    }

    private static Map<Period, BigDecimal> byPeriod(KpiDefinition kpi, Collection<KpiMeasurement> measurements) {
        Map<Period, BigDecimal> byPeriod = new TreeMap<>();
        for (KpiMeasurement m : measurements) {
            if (m.period().cadence() != kpi.cadence()) {
                throw new IllegalArgumentException("measurement " + m.period() + " does not fit the KPI's "
                        + kpi.cadence() + " cadence");
            }
            byPeriod.put(m.period(), m.value());
        }
        return byPeriod;
    }
}
