package vn.hocluat.plans.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.plans.dashboard.Dashboard;
import vn.hocluat.platform.files.XlsxCells;
import vn.hocluat.platform.text.Dates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The dashboard as XLSX: a summary sheet (the targets at the unit) and one sheet per target with a row
 * for the unit and one per child unit. Counts and percentages are numbers (percentages shown with two
 * decimals), dates dd/MM/yyyy text as in the other exports; headers bold, a title block on top.
 */
final class ReportWorkbook {
    static final int HEADER_ROW = 3;
    private static final List<String> SUMMARY = List.of("report.col.no", "report.col.target", "report.col.metric",
            "report.col.phase", "report.col.threshold", "report.col.numerator", "report.col.denominator", "report.col.value",
            "report.col.status", "report.col.reported", "report.col.reportedOn", "report.col.source");
    private static final double[] SUMMARY_WIDTHS = {6, 60, 32, 18, 10, 10, 10, 12, 26, 14, 13, 36};
    private static final List<String> UNITS = List.of("report.col.unitCode", "report.col.unitName", "report.col.numerator",
            "report.col.denominator", "report.col.value", "report.col.status", "report.col.reported", "report.col.reportedOn",
            "report.col.source");
    private static final double[] UNIT_WIDTHS = {16, 32, 10, 10, 12, 26, 14, 13, 36};

    private final ReportText text;

    ReportWorkbook(ReportText text) {
        this.text = text;
    }

    byte[] write(ReportRows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            SheetNames names = new SheetNames();
            summary(wb.newWorksheet(names.next(text.t("report.xlsx.summarySheet"))), rows);
            for (ReportRows.TargetRow t : rows.targets()) {
                units(wb.newWorksheet(names.next(text.t("report.xlsx.targetSheet", t.no(), t.target().label()))), rows, t);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void summary(Worksheet ws, ReportRows rows) {
        title(ws, rows.dashboard(), text.t("report.xlsx.summaryTitle"), SUMMARY.size());
        header(ws, SUMMARY, SUMMARY_WIDTHS);
        int r = HEADER_ROW + 1;
        for (ReportRows.TargetRow t : rows.targets()) {
            ws.value(r, 0, t.no());
            ws.value(r, 1, t.target().label());
            ws.style(r, 1).wrapText(true).verticalAlignment("top").set();
            ws.value(r, 2, text.metric(t.target()));
            ws.style(r, 2).wrapText(true).verticalAlignment("top").set();
            ws.value(r, 3, text.phase(t.phaseName()));
            if (t.target().bandUpper() == null) {
                ws.value(r, 4, new BigDecimal(ReportText.plain(t.target().threshold())));
            } else {
                ws.value(r, 4, ReportText.band(t.target()));
            }
            figures(ws, r, 5, t.unit());
            r++;
        }
    }

    private void units(Worksheet ws, ReportRows rows, ReportRows.TargetRow t) {
        title(ws, rows.dashboard(), text.t("report.xlsx.targetTitle", t.no(), t.target().label(), ReportText.band(t.target())),
                UNITS.size());
        header(ws, UNITS, UNIT_WIDTHS);
        int r = HEADER_ROW + 1;
        for (ReportRows.UnitRow u : t.units()) {
            ws.value(r, 0, u.code());
            ws.value(r, 1, u.name());
            figures(ws, r, 2, u);
            if (r == HEADER_ROW + 1) {
                ws.style(r, 1).bold().set();
            }
            r++;
        }
    }

    /** numerator, denominator, value (%), status, reported value, its date, its source from column {@code c} on. */
    private void figures(Worksheet ws, int r, int c, ReportRows.UnitRow u) {
        if (u.numerator() != null) {
            ws.value(r, c, u.numerator());
        }
        if (u.denominator() != null) {
            ws.value(r, c + 1, u.denominator());
        }
        XlsxCells.percent(ws, r, c + 2, u.value());
        ws.value(r, c + 3, text.status(u));
        Dashboard.Reported rep = u.reported();
        if (rep != null) {
            ws.value(r, c + 4, rep.value());
            ws.value(r, c + 5, Dates.format(rep.asOf()));
            ws.value(r, c + 6, rep.sourceNote());
            ws.style(r, c + 6).wrapText(true).verticalAlignment("top").set();
        }
    }

    /** Row 0: the plan's title; row 1: unit and day; row 2: what the sheet shows. */
    private void title(Worksheet ws, Dashboard d, String what, int columns) {
        ws.value(0, 0, d.plan().title());
        ws.style(0, 0).bold().fontSize(13).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(0, 36);
        ws.value(1, 0, text.t("report.xlsx.unitAndDay", d.unit().name(), d.unit().code(), Dates.format(d.day())));
        ws.value(2, 0, what);
        ws.style(2, 0).italic().wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(2, 30);
        ws.range(0, 0, 0, columns - 1).merge();
        ws.range(1, 0, 1, columns - 1).merge();
        ws.range(2, 0, 2, columns - 1).merge();
    }

    private void header(Worksheet ws, List<String> keys, double[] widths) {
        XlsxCells.header(ws, HEADER_ROW, keys.stream().map(text::t).toList(), widths);
    }
}
