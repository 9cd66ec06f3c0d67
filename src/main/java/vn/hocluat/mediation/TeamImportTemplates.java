package vn.hocluat.mediation;

import jakarta.inject.Singleton;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.platform.files.TemplateFiles;
import vn.hocluat.platform.web.Messages;

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
        TeamImportColumn[] columns = TeamImportColumn.values();
        return TemplateFiles.xlsx(messages.get(locale, "mediation.teams.import.sheet"), headers(),
                TemplateFiles.examples(EXAMPLES, unitCode), c -> DATES.contains(columns[c]), guide(locale));
    }

    private TemplateFiles.Guide guide(Locale locale) {
        return new TemplateFiles.Guide(messages.get(locale, "import.template.guideSheet"),
                List.of(messages.get(locale, "import.columns.column"), messages.get(locale, "import.columns.required"),
                        messages.get(locale, "import.columns.how")),
                Arrays.stream(TeamImportColumn.values()).map(c -> List.of(messages.get(locale, c.headerKey()),
                        messages.get(locale, c.required() ? "import.yes" : "import.no"), messages.get(locale, c.helpKey()))).toList(),
                (sheet, row) -> {
                    int r = row;
                    sheet.value(r++, 0, messages.get(locale, "mediation.teams.import.kinds.title"));
                    for (String key : kindKeys()) {
                        sheet.value(r++, 0, messages.get(locale, key));
                    }
                    r++;
                    for (String rule : RULES) {
                        sheet.value(r++, 0, messages.get(locale, rule));
                    }
                });
    }

    static List<String> kindKeys() {
        return Arrays.stream(SupportKind.values()).map(k -> "mediation.teams.kind." + k.name()).toList();
    }

    private List<String> headers() {
        return Arrays.stream(TeamImportColumn.values()).map(c -> messages.get(Messages.VI, c.headerKey())).toList();
    }
}
