package vn.hocluat.training.history;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The downloadable templates of both history imports: the headers in the user's language and two
 * example rows (messages {@code history.<kind>.example1/2}, cells separated by "|", the
 * downloader's unit code as {0}), as XLSX or as CSV in UTF-8 with a byte-order mark for Excel.
 */
@Singleton
class HistoryTemplates {
    /** The two imports: their columns and the prefix of their messages. */
    enum Kind {
        ACTIVITIES(ActivityFile.COLUMNS, "history.activities"),
        COMPLETIONS(CompletionFile.COLUMNS, "history.completions");

        final List<HistoryColumn> columns;
        final String prefix;

        Kind(List<HistoryColumn> columns, String prefix) {
            this.columns = columns;
            this.prefix = prefix;
        }
    }

    private final Messages messages;

    HistoryTemplates(Messages messages) {
        this.messages = messages;
    }

    byte[] csv(Kind kind, String unitCode, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write('\uFEFF');
            csv.printRecord(headers(kind, locale));
            for (List<String> row : examples(kind, unitCode, locale)) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(Kind kind, String unitCode, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet sheet = wb.newWorksheet(messages.get(locale, kind.prefix + ".sheet"));
            List<String> headers = headers(kind, locale);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, 22);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            List<List<String>> examples = examples(kind, unitCode, locale);
            for (int r = 0; r < examples.size(); r++) {
                for (int c = 0; c < examples.get(r).size(); c++) {
                    sheet.value(r + 1, c, examples.get(r).get(c));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> headers(Kind kind, Locale locale) {
        return kind.columns.stream().map(c -> messages.get(locale, c.headerKey())).toList();
    }

    private List<List<String>> examples(Kind kind, String unitCode, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (String key : List.of(".example1", ".example2")) {
            rows.add(Arrays.asList(messages.get(locale, kind.prefix + key, unitCode).split("\\|", -1)));
        }
        return rows;
    }
}
