package com.emeraldokr.core.domain;

import java.util.Optional;

/** The least-squares line through points; used for key-result forecasts and KPI trends. */
public final class LeastSquares {

    public record Line(double intercept, double slope) {
        public double at(double x) {
            return intercept + slope * x;
        }
    }

    private LeastSquares() {
    }

    /** The fitted line, or empty with fewer than two distinct x values (no line is defined then). */
    public static Optional<Line> fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        int n = x.length;
        if (n < 2) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        return Optional.of(new Line(meanY - slope * meanX, slope));
    }
}
