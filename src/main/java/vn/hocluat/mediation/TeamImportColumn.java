package vn.hocluat.mediation;

import java.util.List;

/**
 * The columns of a team file, one row per member or supporter (or a row with the team only).
 * Headers are matched by {@link vn.hocluat.platform.files.Table#key} (no diacritics, case, spaces or
 * punctuation), so the accepted names are kept folded: the Vietnamese header first (its display text is
 * the message key mediation.teams.import.col.&lt;NAME&gt;), then English and common variants.
 */
enum TeamImportColumn {
    UNIT_CODE(true, "madonvi", "unitcode", "unit"),
    TEAM_NAME(true, "tentohoagiai", "tento", "teamname", "team"),
    RECOGNISED_ON(false, "ngaycongnhan", "recognisedon", "recognizedon", "recognitiondate"),
    MINORITY_AREA(false, "vungdongbaodantocthieuso", "vungdantocthieuso", "dtts", "ethnicminorityarea"),
    ROLE(true, "vaitro", "role"),
    PERSON_CODE(false, "manguoi", "ma", "personcode", "code"),
    EXTERNAL_NAME(false, "hotennguoingoai", "nguoingoai", "externalname"),
    SUPPORT_KIND(false, "loaihotro", "supportkind", "kind"),
    MEMBER_FROM(false, "tungay", "memberfrom", "from");

    private final boolean required;
    private final List<String> names;

    TeamImportColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    String[] acceptedNames() {
        return names.toArray(String[]::new);
    }

    String headerKey() {
        return "mediation.teams.import.col." + name();
    }

    String helpKey() {
        return headerKey() + ".help";
    }
}
