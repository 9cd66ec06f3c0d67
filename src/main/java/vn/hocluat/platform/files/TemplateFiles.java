package vn.hocluat.platform.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.platform.text.Dates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ObjIntConsumer;

/**
 * What the downloadable import templates (roster, mediation teams) share: example rows kept as a CSV
 * resource with a {unit} placeholder, the CSV in UTF-8 with a byte-order mark (so that Excel shows
 * Vietnamese letters), and the XLSX data sheet and guide sheet.
 */
public final class TemplateFiles {
    private TemplateFiles() {
    }

    /** The rows of a classpath CSV, with {unit} replaced by the downloader's unit code. */
    public static List<List<String>> examples(String resource, String unitCode) {
        try (InputStream in = TemplateFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(r.stream().map(s -> s.replace("{unit}", unitCode)).toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write('\uFEFF');
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a template's guide sheet holds: a column table (header, a row per column), then whatever "more" writes from the given row. */
    public record Guide(String sheetName, List<String> header, List<List<String>> columns, ObjIntConsumer<Worksheet> more) {
    }

    /** The XLSX template: the data sheet (header and example rows) and the guide sheet. */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows, IntPredicate dateColumn, Guide guide) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            dataSheet(wb.newWorksheet(sheetName), header, rows, dateColumn);
            Worksheet sheet = wb.newWorksheet(guide.sheetName());
            guide.more().accept(sheet, guideColumns(sheet, guide.header(), guide.columns()) + 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The header row (bold, frozen) and the example rows; cells of date columns become real date
     * cells shown dd/mm/yyyy, everything else (phones too, to keep their leading 0) stays text.
     */
    private static void dataSheet(Worksheet sheet, List<String> header, List<List<String>> rows, IntPredicate dateColumn) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.width(c, 20);
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size() && c < header.size(); c++) {
                String cell = cells.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                if (dateColumn.test(c)) {
                    sheet.value(r + 1, c, Dates.parse(cell).orElseThrow());
                    sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                } else {
                    sheet.value(r + 1, c, cell);
                }
            }
        }
    }

    /** The guide sheet's column table: a bold header (column, required, how) and a row per column; returns the next free row. */
    private static int guideColumns(Worksheet sheet, List<String> header, List<List<String>> rows) {
        sheet.width(0, 30);
        sheet.width(1, 12);
        sheet.width(2, 100);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        int r = 1;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                sheet.value(r, c, row.get(c));
            }
            r++;
        }
        return r;
    }
}
