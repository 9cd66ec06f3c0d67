package vn.hocluat.mediation;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.mediation.MediationTeams.SupportKind;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The downloadable team templates: the header row and three example rows (a leader, a member and an
 * external supporter, from mediation/team-import-examples.csv, placed in the downloader's unit), as CSV
 * in UTF-8 with a byte-order mark or as XLSX with a guide sheet (columns, roles, support kinds, rules).
 */
@Singleton
class TeamImportTemplates {
    static final List<String> RULES = List.of("mediation.teams.import.rule.rows", "mediation.teams.import.rule.allOrNothing",
            "mediation.teams.import.rule.match", "import.rule.format");
    private static final Set<TeamImportColumn> DATES = EnumSet.of(TeamImportColumn.RECOGNISED_ON, TeamImportColumn.MEMBER_FROM);
    private final Messages messages;

    TeamImportTemplates(Messages messages) {
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
            Worksheet sheet = wb.newWorksheet(messages.get(locale, "mediation.teams.import.sheet"));
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, 20);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            List<List<String>> examples = examples(unitCode);
            TeamImportColumn[] columns = TeamImportColumn.values();
            for (int r = 0; r < examples.size(); r++) {
                List<String> cells = examples.get(r);
                for (int c = 0; c < cells.size() && c < columns.length; c++) {
                    if (cells.get(c).isEmpty()) {
                        continue;
                    }
                    if (DATES.contains(columns[c])) {
                        sheet.value(r + 1, c, Dates.parse(cells.get(c)).orElseThrow());
                        sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else {
                        sheet.value(r + 1, c, cells.get(c));
                    }
                }
            }
            guide(wb.newWorksheet(messages.get(locale, "import.template.guideSheet")), locale);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        for (TeamImportColumn column : TeamImportColumn.values()) {
            sheet.value(r, 0, messages.get(locale, column.headerKey()));
            sheet.value(r, 1, messages.get(locale, column.required() ? "import.yes" : "import.no"));
            sheet.value(r, 2, messages.get(locale, column.helpKey()));
            r++;
        }
        r++;
        sheet.value(r++, 0, messages.get(locale, "mediation.teams.import.kinds.title"));
        for (String key : kindKeys()) {
            sheet.value(r++, 0, messages.get(locale, key));
        }
        r++;
        for (String rule : RULES) {
            sheet.value(r++, 0, messages.get(locale, rule));
        }
    }

    static List<String> kindKeys() {
        return Arrays.stream(SupportKind.values()).map(k -> "mediation.teams.kind." + k.name()).toList();
    }

    private List<String> headers() {
        return Arrays.stream(TeamImportColumn.values()).map(c -> messages.get(Messages.VI, c.headerKey())).toList();
    }

    private static List<List<String>> examples(String unitCode) {
        try (InputStream in = TeamImportTemplates.class.getResourceAsStream("/mediation/team-import-examples.csv")) {
            if (in == null) {
                throw new IllegalStateException("mediation/team-import-examples.csv is missing from the classpath");
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
