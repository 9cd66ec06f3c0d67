package vn.hocluat.plans.kpi;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of a trend: every month end from the start up to (not including) the day, then the day
 * itself; at most {@link #MAX} of them (the latest). None when the day is before the start.
 */
public final class TrendDays {
    public static final int MAX = 36;

    private TrendDays() {
    }

    public static List<LocalDate> of(LocalDate start, LocalDate day) {
        if (day.isBefore(start)) {
            return List.of();
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate end = start.with(TemporalAdjusters.lastDayOfMonth()); end.isBefore(day);
             end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            out.add(end);
        }
        out.add(day);
        return out.size() > MAX ? List.copyOf(out.subList(out.size() - MAX, out.size())) : out;
    }
}
