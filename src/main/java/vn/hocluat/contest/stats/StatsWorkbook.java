package vn.hocluat.contest.stats;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.contest.stats.ResultLines.ResultLine;
import vn.hocluat.contest.stats.Statistics.UnitRow;
import vn.hocluat.platform.files.XlsxCells;
import vn.hocluat.platform.text.Dates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The statistics as XLSX, in the user's language: units (rate as a percentage number), score
 * distribution, per day, per hour, devices, and the results (every entrant's best entry, phone
 * masked). Row 0 names the contest, the round(s) and the unit; the header is row {@value #HEADER_ROW}.
 */
final class StatsWorkbook {
    static final int HEADER_ROW = 2;
    private static final String SECONDS = "0.000";

    private final BiFunction<String, Object[], String> text;

    /** {@code text}: a message key and its arguments → the localised string. */
    StatsWorkbook(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    byte[] write(Statistics s, String roundLabel, List<ResultLine> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            units(sheet(wb, "contest.stats.sheet.units", s, roundLabel, 7), s);
            scores(sheet(wb, "contest.stats.sheet.scores", s, roundLabel, 2), s);
            days(sheet(wb, "contest.stats.sheet.days", s, roundLabel, 2), s);
            hours(sheet(wb, "contest.stats.sheet.hours", s, roundLabel, 2), s);
            devices(sheet(wb, "contest.stats.sheet.devices", s, roundLabel, 2), s);
            results(sheet(wb, "contest.stats.sheet.results", s, roundLabel, 6), results);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void units(Worksheet ws, Statistics s) {
        header(ws, new double[]{16, 36, 12, 12, 12, 14, 14}, "contest.stats.col.code", "contest.stats.col.unit",
                "contest.stats.col.population", "contest.stats.col.entrants", "contest.stats.col.attempts",
                "contest.stats.col.ratePercent", "contest.stats.col.fullScore");
        int r = HEADER_ROW + 1;
        for (UnitRow u : s.units()) {
            unit(ws, r++, u, u.name() == null ? t("contest.stats.ownEntries", s.unit().name()) : u.name());
        }
        unit(ws, r, s.total(), t("contest.stats.total"));
        ws.style(r, 1).bold().set();
    }

    private static void unit(Worksheet ws, int r, UnitRow u, String name) {
        if (u.code() != null) {
            ws.value(r, 0, u.code());
        }
        ws.value(r, 1, name);
        if (u.population() != null) {
            ws.value(r, 2, u.population());
        }
        ws.value(r, 3, u.entrants());
        ws.value(r, 4, u.attempts());
        XlsxCells.percent(ws, r, 5, u.rate());
        ws.value(r, 6, u.fullScore());
    }

    private void scores(Worksheet ws, Statistics s) {
        header(ws, new double[]{12, 16}, "contest.stats.col.score", "contest.stats.col.entrants");
        int r = HEADER_ROW + 1;
        for (Statistics.ScoreCount c : s.scores()) {
            ws.value(r, 0, c.score());
            ws.value(r++, 1, c.entrants());
        }
    }

    private void days(Worksheet ws, Statistics s) {
        header(ws, new double[]{14, 14}, "contest.stats.col.day", "contest.stats.col.attempts");
        int r = HEADER_ROW + 1;
        for (Statistics.DayCount d : s.days()) {
            ws.value(r, 0, Dates.format(d.day()));
            ws.value(r++, 1, d.attempts());
        }
    }

    private void hours(Worksheet ws, Statistics s) {
        header(ws, new double[]{12, 14}, "contest.stats.col.hour", "contest.stats.col.attempts");
        int r = HEADER_ROW + 1;
        for (Statistics.HourCount h : s.hours()) {
            ws.value(r, 0, h.hour());
            ws.value(r++, 1, h.attempts());
        }
    }

    private void devices(Worksheet ws, Statistics s) {
        header(ws, new double[]{18, 14}, "contest.stats.col.device", "contest.stats.col.attempts");
        ws.value(HEADER_ROW + 1, 0, t("contest.stats.device.MOBILE"));
        ws.value(HEADER_ROW + 1, 1, s.mobile());
        ws.value(HEADER_ROW + 2, 0, t("contest.stats.device.DESKTOP"));
        ws.value(HEADER_ROW + 2, 1, s.desktop());
    }

    private void results(Worksheet ws, List<ResultLine> lines) {
        header(ws, new double[]{30, 16, 30, 12, 14, 10}, "contest.stats.col.name", "contest.stats.col.phone",
                "contest.stats.col.unit", "contest.stats.col.bestScore", "contest.stats.col.seconds", "contest.stats.col.attempts");
        int r = HEADER_ROW + 1;
        for (ResultLine l : lines) {
            ws.value(r, 0, l.fullName());
            ws.value(r, 1, l.phone());
            ws.value(r, 2, l.unitName());
            if (l.score() != null) {
                ws.value(r, 3, l.score().stripTrailingZeros());
            }
            if (l.durationMs() != null) {
                ws.value(r, 4, BigDecimal.valueOf(l.durationMs(), 3));
                ws.style(r, 4).format(SECONDS).set();
            }
            ws.value(r++, 5, l.attempts());
        }
    }

    /** A new sheet with its title row: contest, round(s), unit. */
    private Worksheet sheet(Workbook wb, String nameKey, Statistics s, String roundLabel, int columns) {
        Worksheet ws = wb.newWorksheet(t(nameKey));
        ws.value(0, 0, t("contest.stats.xlsx.title", s.contest().title(), roundLabel, s.unit().name()));
        ws.style(0, 0).bold().wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(0, 32);
        ws.range(0, 0, 0, columns - 1).merge();
        return ws;
    }

    private void header(Worksheet ws, double[] widths, String... keys) {
        XlsxCells.header(ws, HEADER_ROW, List.of(keys).stream().map(this::t).toList(), widths);
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }
}
