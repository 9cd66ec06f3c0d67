package vn.hocluat.mediation.cases;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.mediation.cases.CaseReports.Team;
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
 * The downloadable import templates: the header row and one row per team of the downloader's subtree
 * (unit code, team name, the period offered), the counts left to fill in; as XLSX with a guide sheet,
 * or as CSV in UTF-8 with a byte-order mark so that Excel shows Vietnamese letters.
 */
@Singleton
class CaseTemplates {
    static final List<String> RULES = List.of("mediation.cases.import.rule.allOrNothing",
            "mediation.cases.import.rule.replace", "mediation.cases.import.rule.counts", "mediation.cases.import.rule.overlap");
    private final Messages messages;

    CaseTemplates(Messages messages) {
        this.messages = messages;
    }

    byte[] csv(List<Team> teams, CasePeriod period) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write('\uFEFF');
            csv.printRecord(headers());
            for (Team t : teams) {
                csv.printRecord(t.unitCode(), t.name(), period.fileText(), "", "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(List<Team> teams, CasePeriod period, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet sheet = wb.newWorksheet(messages.get(locale, "mediation.cases.import.template.sheet"));
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, c == 1 ? 36 : 18);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            for (int r = 0; r < teams.size(); r++) {
                sheet.value(r + 1, 0, teams.get(r).unitCode());
                sheet.value(r + 1, 1, teams.get(r).name());
                sheet.value(r + 1, 2, period.fileText());
            }
            guide(wb.newWorksheet(messages.get(locale, "mediation.cases.import.template.guide")), locale);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void guide(Worksheet sheet, Locale locale) {
        sheet.width(0, 30);
        sheet.width(1, 100);
        int r = 0;
        for (CaseColumn c : CaseColumn.values()) {
            sheet.value(r, 0, messages.get(locale, c.headerKey()));
            sheet.value(r++, 1, messages.get(locale, c.helpKey()));
        }
        r++;
        for (String rule : RULES) {
            sheet.value(r++, 0, messages.get(locale, rule));
        }
    }

    /** The headers in Vietnamese, the language of the files communes exchange. */
    private List<String> headers() {
        return new ArrayList<>(Arrays.stream(CaseColumn.values()).map(c -> messages.get(Messages.VI, c.headerKey())).toList());
    }
}
