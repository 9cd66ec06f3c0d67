package vn.hocluat.learning.assign;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Downloads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The due list and the completions as XLSX sheets: headers in the user's language, dates as dd/MM/yyyy text. */
@Singleton
class ManagerWorkbooks {
    static final String TYPE = Downloads.XLSX;
    private static final List<String> DUE_HEADERS = List.of("assign.xlsx.fullName", "assign.xlsx.code", "assign.xlsx.unit",
            "assign.xlsx.course", "assign.xlsx.dueOn", "assign.xlsx.daysLeft", "assign.xlsx.state", "assign.xlsx.account");
    private static final List<String> COMPLETION_HEADERS = List.of("assign.xlsx.fullName", "assign.xlsx.code", "assign.xlsx.unit",
            "assign.xlsx.course", "assign.xlsx.completedOn", "assign.xlsx.score", "assign.xlsx.maxScore", "assign.xlsx.cohort");

    private final Messages messages;

    ManagerWorkbooks(Messages messages) {
        this.messages = messages;
    }

    byte[] due(Locale locale, List<DueRow> rows) {
        return write(locale, "assign.xlsx.dueSheet", DUE_HEADERS, (ws, r, d) -> {
            ws.value(r, 0, d.fullName());
            ws.value(r, 1, d.code());
            ws.value(r, 2, d.unitName());
            ws.value(r, 3, d.courseTitle());
            ws.value(r, 4, Dates.format(d.dueOn()));
            ws.value(r, 5, d.daysLeft());
            ws.value(r, 6, messages.get(locale, d.stateKey(), d.stateDays()));
            ws.value(r, 7, messages.get(locale, d.hasAccount() ? "assign.yes" : "assign.no"));
        }, rows);
    }

    byte[] completions(Locale locale, List<CompletionRow> rows) {
        return write(locale, "assign.xlsx.completionsSheet", COMPLETION_HEADERS, (ws, r, c) -> {
            ws.value(r, 0, c.fullName());
            ws.value(r, 1, c.code());
            ws.value(r, 2, c.unitName());
            ws.value(r, 3, c.courseTitle());
            ws.value(r, 4, Dates.format(c.completedOn()));
            if (c.score() != null) {
                ws.value(r, 5, plain(c.score()));
            }
            if (c.maxScore() != null) {
                ws.value(r, 6, plain(c.maxScore()));
            }
            if (c.cohortTitle() != null) {
                ws.value(r, 7, c.cohortTitle());
            }
        }, rows);
    }

    /** 8.5000 → 8.5 and 10.0000 → 10 (not 1E+1), as a spreadsheet shows them. */
    private static BigDecimal plain(BigDecimal d) {
        return new BigDecimal(d.stripTrailingZeros().toPlainString());
    }

    /** Writes one row of a sheet. */
    private interface RowWriter<T> {
        void write(Worksheet ws, int row, T item);
    }

    private <T> byte[] write(Locale locale, String sheetKey, List<String> headers, RowWriter<T> writer, List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet ws = wb.newWorksheet(messages.get(locale, sheetKey));
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, messages.get(locale, headers.get(c)));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (T item : rows) {
                writer.write(ws, r++, item);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
