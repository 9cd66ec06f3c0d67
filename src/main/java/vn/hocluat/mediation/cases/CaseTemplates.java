package vn.hocluat.mediation.cases;

import jakarta.inject.Singleton;
import vn.hocluat.mediation.cases.CaseReports.Team;
import vn.hocluat.platform.files.TemplateFiles;
import vn.hocluat.platform.web.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The downloadable import templates: the header row and one row per team of the downloader's subtree
 * (unit code, team name, the period offered), the counts left to fill in; as XLSX with a guide sheet,
 * or as CSV in UTF-8 with a byte-order mark (TemplateFiles).
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
        return TemplateFiles.csv(headers(), rows(teams, period));
    }

    byte[] xlsx(List<Team> teams, CasePeriod period, Locale locale) {
        return TemplateFiles.xlsx(messages.get(locale, "mediation.cases.import.template.sheet"), headers(), rows(teams, period),
                c -> false, guide(locale));
    }

    private TemplateFiles.Guide guide(Locale locale) {
        return new TemplateFiles.Guide(messages.get(locale, "mediation.cases.import.template.guide"),
                List.of(messages.get(locale, "import.columns.column"), messages.get(locale, "import.columns.required"),
                        messages.get(locale, "import.columns.how")),
                Arrays.stream(CaseColumn.values()).map(c -> List.of(messages.get(locale, c.headerKey()),
                        messages.get(locale, "import.yes"), messages.get(locale, c.helpKey()))).toList(),
                (sheet, row) -> {
                    int r = row;
                    for (String rule : RULES) {
                        sheet.value(r++, 0, messages.get(locale, rule));
                    }
                });
    }

    /** A row per team with the period written as a file writes it (text, so that Excel keeps it) and empty counts. */
    private static List<List<String>> rows(List<Team> teams, CasePeriod period) {
        return teams.stream().map(t -> List.of(t.unitCode(), t.name(), period.fileText(), "", "", "", "")).toList();
    }

    /** The headers in Vietnamese, the language of the files communes exchange. */
    private List<String> headers() {
        return Arrays.stream(CaseColumn.values()).map(c -> messages.get(Messages.VI, c.headerKey())).toList();
    }
}
