package vn.hocluat.mediation;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.platform.files.TemplateFiles;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The downloadable team templates: the header row and three example rows (a leader, a member and an
 * external supporter, from mediation/team-import-examples.csv, placed in the downloader's unit), as CSV
 * or as XLSX with a guide sheet (columns, support kinds, rules).
 */
@Singleton
class TeamImportTemplates {
    static final List<String> RULES = List.of("mediation.teams.import.rule.rows", "mediation.teams.import.rule.allOrNothing",
            "mediation.teams.import.rule.match", "import.rule.format");
    private static final String EXAMPLES = "/mediation/team-import-examples.csv";
    private static final Set<TeamImportColumn> DATES = EnumSet.of(TeamImportColumn.RECOGNISED_ON, TeamImportColumn.MEMBER_FROM);
    private final Messages messages;

    TeamImportTemplates(Messages messages) {
        this.messages = messages;
    }

    byte[] csv(String unitCode) {
        return TemplateFiles.csv(headers(), TemplateFiles.examples(EXAMPLES, unitCode));
    }

    byte[] xlsx(String unitCode, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            TeamImportColumn[] columns = TeamImportColumn.values();
            TemplateFiles.dataSheet(wb.newWorksheet(messages.get(locale, "mediation.teams.import.sheet")), headers(),
                    TemplateFiles.examples(EXAMPLES, unitCode), c -> DATES.contains(columns[c]));
            guide(wb.newWorksheet(messages.get(locale, "import.template.guideSheet")), locale);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void guide(Worksheet sheet, Locale locale) {
        int r = TemplateFiles.guideColumns(sheet, List.of(messages.get(locale, "import.columns.column"),
                        messages.get(locale, "import.columns.required"), messages.get(locale, "import.columns.how")),
                Arrays.stream(TeamImportColumn.values()).map(c -> List.of(messages.get(locale, c.headerKey()),
                        messages.get(locale, c.required() ? "import.yes" : "import.no"), messages.get(locale, c.helpKey()))).toList());
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
}
