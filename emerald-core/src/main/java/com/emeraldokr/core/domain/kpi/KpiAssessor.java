package com.emeraldokr.core.domain.kpi;

import com.emeraldokr.core.domain.LeastSquares;

import java.math.BigDecimal;
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

    /**
     * How far the value is on the good side of the target, in the KPI's unit: zero or more when the
     * target is met (inside the range), negative by the size of the miss otherwise. For a range it is the
     * distance to the nearer edge, so it shrinks as the value drifts towards leaving the range.
     */
    public static BigDecimal margin(KpiDefinition kpi, BigDecimal value) {
        return switch (kpi.direction()) {
            case HIGHER_IS_BETTER -> value.subtract(kpi.target());
            case LOWER_IS_BETTER -> kpi.target().subtract(value);
            case WITHIN_RANGE -> value.subtract(kpi.rangeLow()).min(kpi.rangeHigh().subtract(value));
        };
    }

    /**
     * Width of the tolerance band in the KPI's unit: the absolute amount, or the relative share of the
     * target's magnitude (of the range's width; of the single allowed value's magnitude when the range is
     * one value). A relative band around zero is zero wide.
     */
    public static BigDecimal band(KpiDefinition kpi) {
        KpiThresholds t = kpi.thresholds();
        if (t.tolerance() == KpiThresholds.Tolerance.ABSOLUTE) {
            return t.amount();
        }
        return t.amount().multiply(relativeReference(kpi));
    }

    /** What a relative tolerance is a share of; zero when that is zero (then only an absolute band has width). */
    public static BigDecimal relativeReference(KpiDefinition kpi) {
        return relativeReference(kpi.direction(), kpi.target(), kpi.rangeLow(), kpi.rangeHigh());
    }

    /** {@link #relativeReference(KpiDefinition)} of a KPI not built yet. */
    public static BigDecimal relativeReference(KpiDirection direction, BigDecimal target, BigDecimal rangeLow,
                                               BigDecimal rangeHigh) {
        if (direction == KpiDirection.WITHIN_RANGE) {
            BigDecimal width = rangeHigh.subtract(rangeLow);
            return width.signum() == 0 ? rangeLow.abs() : width;
        }
        return target.abs();
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
        BigDecimal margin = margin(kpi, value.get());
        if (margin.signum() >= 0) {
            return KpiHealth.HEALTHY;
        }
        return margin.negate().compareTo(band(kpi)) <= 0 ? KpiHealth.WARNING : KpiHealth.UNHEALTHY;
    }

    /**
     * The early warning of a KPI that is still healthy but going the wrong way: true when each of the
     * last {@code earlyWarningPeriods} periods ending with {@code last} is measured, healthy and has a
     * smaller margin than the period before it (which must be measured too). A trend is the signal,
     * before the target is missed.
     */
    public static boolean earlyWarning(KpiDefinition kpi, Collection<KpiMeasurement> measurements, Period last) {
        int n = kpi.thresholds().earlyWarningPeriods();
        List<PeriodHealth> run = history(kpi, measurements, last, n + 1);
        for (int i = 1; i < run.size(); i++) {
            PeriodHealth before = run.get(i - 1);
            PeriodHealth now = run.get(i);
            if (before.value().isEmpty() || now.health() != KpiHealth.HEALTHY
                    || margin(kpi, now.value().get()).compareTo(margin(kpi, before.value().get())) >= 0) {
                return false;
            }
        }
        return true;
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
