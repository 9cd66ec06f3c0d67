package vn.hocluat.contest.stats;

import vn.hocluat.contest.stats.Statistics.UnitRow;
import vn.hocluat.platform.text.Dates;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The statistics page's model: numbers formatted for the language, "—" for an unknown rate, links
 * that keep the round when drilling down, and bar widths in percent of the largest value of each
 * table (the number beside the bar is its text alternative).
 */
final class StatsView {
    private StatsView() {
    }

    static Map<String, Object> of(Statistics s, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        NumberFormat rates = NumberFormat.getNumberInstance(locale);
        rates.setMinimumFractionDigits(2);
        rates.setMaximumFractionDigits(2);
        String round = s.roundId() == null ? "all" : s.roundId().toString();
        String base = "/contests/manage/" + s.contest().id() + "/statistics";
        Map<String, Object> m = new HashMap<>();
        m.put("contest", s.contest());
        m.put("round", round);
        m.put("unitId", s.unit().id());
        m.put("unitName", s.unit().name());
        m.put("base", base);
        m.put("xlsx", base + ".xlsx?round=" + round + "&unit=" + s.unit().id());
        m.put("rounds", s.rounds());
        List<Map<String, Object>> crumbs = new ArrayList<>();
        for (Statistics.UnitRef u : s.breadcrumb()) {
            crumbs.add(Map.of("name", u.name(), "href", base + "?round=" + round + "&unit=" + u.id(), "current", u.id() == s.unit().id()));
        }
        m.put("breadcrumb", crumbs);
        long maxEntrants = Math.max(1, s.units().stream().mapToLong(UnitRow::entrants).max().orElse(1));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitRow u : s.units()) {
            Map<String, Object> row = unit(u, numbers, rates);
            row.put("href", u.drill() ? base + "?round=" + round + "&unit=" + u.unitId() : null);
            row.put("bar", u.entrants() * 100 / maxEntrants);
            rows.add(row);
        }
        m.put("units", rows);
        m.put("total", unit(s.total(), numbers, rates));
        m.put("fullScore", numbers.format(s.fullScore()));
        m.put("scores", bars(s.scores(), c -> c.entrants(), c -> Integer.toString(c.score()), numbers));
        m.put("days", bars(s.days(), Statistics.DayCount::attempts, d -> Dates.format(d.day()), numbers));
        m.put("hours", bars(s.hours(), Statistics.HourCount::attempts, h -> String.format("%02d:00", h.hour()), numbers));
        m.put("devices", bars(List.of(new long[]{0, s.mobile()}, new long[]{1, s.desktop()}), d -> d[1],
                d -> d[0] == 0 ? "MOBILE" : "DESKTOP", numbers));
        return m;
    }

    private static Map<String, Object> unit(UnitRow u, NumberFormat numbers, NumberFormat rates) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", u.name());
        row.put("code", u.code());
        row.put("population", u.population() == null ? "—" : numbers.format(u.population()));
        row.put("entrants", numbers.format(u.entrants()));
        row.put("attempts", numbers.format(u.attempts()));
        row.put("fullScore", numbers.format(u.fullScore()));
        row.put("rate", u.rate() == null ? "—" : rates.format(u.rate()) + " %");
        return row;
    }

    private static <T> List<Map<String, Object>> bars(List<T> items, ToLongFunction<T> value,
                                                      java.util.function.Function<T, String> label, NumberFormat numbers) {
        long max = Math.max(1, items.stream().mapToLong(value).max().orElse(1));
        List<Map<String, Object>> out = new ArrayList<>();
        for (T item : items) {
            long v = value.applyAsLong(item);
            out.add(Map.of("label", label.apply(item), "value", numbers.format(v), "bar", v * 100 / max));
        }
        return out;
    }
}
