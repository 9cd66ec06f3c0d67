package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.plans.kpi.KpiPoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small server-side SVG line chart of a trend (no script, no library): the values
 * from 0 at the bottom to max(100, threshold, highest value) at the top, one dot per day with a value
 * (a day with a zero denominator has none), and a dashed line at the threshold.
 *
 * @param line   the polyline's points attribute
 * @param points every day of the trend (also those without a value), for the text alternative
 */
record TrendChart(int width, int height, String line, List<Dot> dots, String thresholdY, List<KpiPoint> points) {
    static final int WIDTH = 320;
    static final int HEIGHT = 96;
    private static final double PAD = 6;

    /** One dot at (x, y) with its day and value. */
    record Dot(String x, String y, KpiPoint point) {
    }

    /** Whether a point was left for the night's computation (a first look at a large subtree). */
    public boolean anyPending() {
        return points.stream().anyMatch(KpiPoint::pending);
    }

    static @Nullable TrendChart of(List<KpiPoint> points, BigDecimal threshold) {
        if (points.isEmpty()) {
            return null;
        }
        double top = Math.max(100, threshold.doubleValue());
        for (KpiPoint p : points) {
            if (p.value() != null) {
                top = Math.max(top, p.value().doubleValue());
            }
        }
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            KpiPoint p = points.get(i);
            if (p.value() == null) {
                continue;
            }
            double x = points.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (points.size() - 1);
            String dx = fmt(x);
            String dy = fmt(y(p.value().doubleValue(), top));
            dots.add(new Dot(dx, dy, p));
            line.append(line.isEmpty() ? "" : " ").append(dx).append(',').append(dy);
        }
        return dots.isEmpty() ? null : new TrendChart(WIDTH, HEIGHT, line.toString(), dots, fmt(y(threshold.doubleValue(), top)), points);
    }

    /** The first day of the trend (the last is the dashboard's day). */
    public LocalDate first() {
        return points.get(0).day();
    }

    private static double y(double value, double top) {
        return HEIGHT - PAD - value / top * (HEIGHT - 2 * PAD);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
