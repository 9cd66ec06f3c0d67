package vn.hocluat.org.rosterimport;

import jakarta.inject.Singleton;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.platform.files.TemplateFiles;
import vn.hocluat.platform.web.Messages;

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
        return TemplateFiles.csv(headers(), examples(unitCode));
    }

    byte[] xlsx(String unitCode, Locale locale) {
        List<ImportColumn> columns = ImportColumn.all();
        return TemplateFiles.xlsx(messages.get(locale, "import.template.sheet"), headers(), examples(unitCode),
                c -> DATES.contains(columns.get(c)), guide(locale));
    }

    private TemplateFiles.Guide guide(Locale locale) {
        return new TemplateFiles.Guide(messages.get(locale, "import.template.guideSheet"),
                List.of(messages.get(locale, "import.columns.column"), messages.get(locale, "import.columns.required"),
                        messages.get(locale, "import.columns.how")),
                ImportColumn.all().stream().map(c -> List.of(messages.get(locale, c.headerKey()),
                        messages.get(locale, c.required() ? "import.yes" : "import.no"), messages.get(locale, c.helpKey()))).toList(),
                (sheet, row) -> {
                    int r = row;
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
                });
    }

    private List<String> headers() {
        return ImportColumn.all().stream().map(c -> messages.get(Messages.VI, c.headerKey())).toList();
    }

    private static List<List<String>> examples(String unitCode) {
        return TemplateFiles.examples("/org/import-examples.csv", unitCode);
    }
}
