package vn.hocluat.org.rosterimport;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The downloadable roster templates: the header row of every column and two example rows (from
 * org/import-examples.csv, placed in the downloader's own unit), as XLSX with a guide sheet or as
 * CSV in UTF-8 with a byte-order mark so that Excel shows Vietnamese letters correctly.
 */
@Singleton
class ImportTemplates {
    /** The rules shown on the import page and at the end of the guide sheet. */
    static final List<String> RULES = List.of("import.rule.allOrNothing", "import.rule.match",
            "import.rule.columns", "import.rule.format");
    private static final Set<ImportColumn> DATES = EnumSet.of(ImportColumn.BIRTH_DATE,
            ImportColumn.MEDIATOR_RECOGNIZED_ON, ImportColumn.ACTIVE_FROM, ImportColumn.ACTIVE_TO);
    private final Messages messages;

    ImportTemplates(Messages messages) {
        this.messages = messages;
    }

    byte[] csv(String unitCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write('\uFEFF');
            csv.printRecord(headers());
            for (List<String> row : examples(unitCode)) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(String unitCode, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet sheet = wb.newWorksheet(messages.get(locale, "import.template.sheet"));
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, 20);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            List<List<String>> examples = examples(unitCode);
            for (int r = 0; r < examples.size(); r++) {
                exampleRow(sheet, r + 1, examples.get(r));
            }
            guide(wb.newWorksheet(messages.get(locale, "import.template.guideSheet")), locale);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Dates as real date cells, everything else (phones too, to keep their leading 0) as text. */
    private static void exampleRow(Worksheet sheet, int r, List<String> cells) {
        List<ImportColumn> columns = ImportColumn.all();
        for (int c = 0; c < cells.size() && c < columns.size(); c++) {
            String cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (DATES.contains(columns.get(c))) {
                sheet.value(r, c, Dates.parse(cell).orElseThrow());
                sheet.style(r, c).format("dd/mm/yyyy").set();
            } else {
                sheet.value(r, c, cell);
            }
        }
    }

    private void guide(Worksheet sheet, Locale locale) {
        sheet.width(0, 30);
        sheet.width(1, 12);
        sheet.width(2, 100);
        sheet.value(0, 0, messages.get(locale, "import.columns.column"));
        sheet.value(0, 1, messages.get(locale, "import.columns.required"));
        sheet.value(0, 2, messages.get(locale, "import.columns.how"));
        sheet.range(0, 0, 0, 2).style().bold().set();
        int r = 1;
        for (ImportColumn column : ImportColumn.all()) {
            sheet.value(r, 0, messages.get(locale, column.headerKey()));
            sheet.value(r, 1, messages.get(locale, column.required() ? "import.yes" : "import.no"));
            sheet.value(r, 2, messages.get(locale, column.helpKey()));
            r++;
        }
        r++;
        sheet.value(r, 0, messages.get(locale, "import.groups.group"));
        sheet.value(r, 2, messages.get(locale, "import.groups.also"));
        sheet.range(r, 0, r, 2).style().bold().set();
        for (AudienceGroup group : AudienceGroup.values()) {
            r++;
            sheet.value(r, 0, messages.get(locale, "import.group." + group.name()));
            sheet.value(r, 2, messages.get(locale, "import.group." + group.name() + ".also"));
        }
        r += 2;
        for (String rule : RULES) {
            sheet.value(r++, 0, messages.get(locale, rule));
        }
    }

    private List<String> headers() {
        return ImportColumn.all().stream().map(c -> messages.get(Messages.VI, c.headerKey())).toList();
    }

    private static List<List<String>> examples(String unitCode) {
        try (InputStream in = ImportTemplates.class.getResourceAsStream("/org/import-examples.csv")) {
            if (in == null) {
                throw new IllegalStateException("org/import-examples.csv is missing from the classpath");
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
}
