package com.emeraldokr.api.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.emeraldokr.api.render.Html.escape;

/**
 * An inline SVG line of a KPI's recent values with its target line (or target band), drawn on the
 * server so it shows in PDF and Word export and with JavaScript off. Periods without data leave gaps.
 */
final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;
    private static final double PAD = 2;

    private Sparkline() {
    }

    /** {@code values} oldest first, null for a period without data; {@code low}/{@code high} null when absent. */
    static String svg(List<BigDecimal> values, BigDecimal target, BigDecimal low, BigDecimal high, String label) {
        List<Double> all = new ArrayList<>();
        values.stream().filter(v -> v != null).forEach(v -> all.add(v.doubleValue()));
        for (BigDecimal b : new BigDecimal[]{target, low, high}) {
            if (b != null) {
                all.add(b.doubleValue());
            }
        }
        StringBuilder svg = new StringBuilder("<svg class=\"emerald-sparkline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title>");
        if (all.isEmpty() || values.size() < 2) {
            return svg.append("</svg>").toString();
        }
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max == min) {
            max = min + 1;
        }
        if (low != null && high != null) {
            double top = y(high.doubleValue(), min, max);
            svg.append("<rect x=\"0\" y=\"").append(fmt(top)).append("\" width=\"").append(WIDTH).append("\" height=\"")
                    .append(fmt(Math.max(1, y(low.doubleValue(), min, max) - top))).append("\" fill=\"#e3fcef\"/>");
        }
        if (target != null) {
            double ty = y(target.doubleValue(), min, max);
            svg.append("<line x1=\"0\" y1=\"").append(fmt(ty)).append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(fmt(ty))
                    .append("\" stroke=\"#6b778c\" stroke-dasharray=\"3 2\" stroke-width=\"1\"/>");
        }
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                penDown = false;
                continue;
            }
            double x = PAD + (WIDTH - 2 * PAD) * i / (values.size() - 1);
            path.append(penDown ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y(v.doubleValue(), min, max)));
            penDown = true;
        }
        return svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"#0052cc\" stroke-width=\"1.5\"/>")
                .append("</svg>").toString();
    }

    private static double y(double value, double min, double max) {
        return PAD + (HEIGHT - 2 * PAD) * (max - value) / (max - min);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
