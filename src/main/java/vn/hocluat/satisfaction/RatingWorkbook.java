package vn.hocluat.satisfaction;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.platform.files.XlsxCells;
import vn.hocluat.satisfaction.RatingReport.ObjectRow;
import vn.hocluat.satisfaction.RatingReport.Report;
import vn.hocluat.satisfaction.RatingReport.UnitRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The ratings table as XLSX in the user's language: a sheet per child unit and a sheet per object,
 * counts and the 1–5 distribution as numbers, the average and the share of 4–5 (a percentage) as
 * numbers with two decimals. Row 0 names the unit, the months and the kind; the header is row 2.
 */
final class RatingWorkbook {
    private static final int HEADER_ROW = 2;
    private static final String[] TALLY = {"satisfaction.pages.col.count", "satisfaction.pages.col.average",
        "satisfaction.pages.col.sharePercent", "satisfaction.pages.col.high"};

    private final BiFunction<String, Object[], String> text;

    RatingWorkbook(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    byte[] write(Report r, RatingFilter f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            String title = t("satisfaction.pages.sheet.title", r.unit().name(), f.fromText(), f.toText(),
                    t(f.kind() == null ? "satisfaction.pages.kind.all" : "satisfaction.pages.kind." + f.kind().name()));
            Worksheet units = sheet(wb, "satisfaction.pages.byUnit", title, List.of("satisfaction.pages.col.unit"));
            int row = HEADER_ROW + 1;
            for (UnitRow u : r.units()) {
                units.value(row, 0, u.own() ? t("satisfaction.pages.ownObjects", r.unit().name()) : u.unit().name());
                tally(units, row++, 1, u.tally());
            }
            units.value(row, 0, t("satisfaction.pages.total"));
            units.style(row, 0).bold().set();
            tally(units, row, 1, r.total());
            Worksheet objects = sheet(wb, "satisfaction.pages.byObject", title, List.of("satisfaction.pages.col.object",
                    "satisfaction.pages.col.kind", "satisfaction.pages.col.owner"));
            row = HEADER_ROW + 1;
            for (ObjectRow o : r.objects()) {
                objects.value(row, 0, o.name());
                objects.value(row, 1, t("satisfaction.pages.kind." + o.object().kind().name()));
                objects.value(row, 2, o.ownerUnitName());
                tally(objects, row++, 3, o.tally());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Worksheet sheet(Workbook wb, String nameKey, String title, List<String> leading) {
        Worksheet ws = wb.newWorksheet(t(nameKey));
        ws.value(0, 0, title);
        ws.style(0, 0).bold().set();
        List<String> labels = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (String key : leading) {
            labels.add(t(key));
            widths.add(labels.size() == 1 ? 40.0 : 18.0);
        }
        for (String key : TALLY) {
            labels.add(t(key));
            widths.add(12.0);
        }
        for (int s = 1; s <= 5; s++) {
            labels.add(String.valueOf(s));
            widths.add(8.0);
        }
        XlsxCells.header(ws, HEADER_ROW, labels, widths.stream().mapToDouble(Double::doubleValue).toArray());
        return ws;
    }

    private static void tally(Worksheet ws, int r, int c, RatingTally t) {
        ws.value(r, c, t.count());
        if (t.rated()) {
            ws.value(r, c + 1, t.average());
            ws.style(r, c + 1).format(XlsxCells.PERCENT).set();
        }
        XlsxCells.percent(ws, r, c + 2, t.share());
        ws.value(r, c + 3, t.high());
        for (int s = 0; s < 5; s++) {
            ws.value(r, c + 4 + s, t.distribution().get(s));
        }
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }
}
