package vn.hocluat.org.rosterimport;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a roster file. Headers are matched by {@link vn.hocluat.platform.files.Table#key}
 * (no diacritics, case, spaces or punctuation), so the accepted names are kept here already folded:
 * the Vietnamese header first (its display text is the message key import.col.&lt;NAME&gt;), then
 * English and common variants.
 */
enum ImportColumn {
    CODE(true, "ma", "code", "maso", "manguoi", "personcode"),
    FULL_NAME(true, "hovaten", "hoten", "fullname", "name"),
    BIRTH_DATE(false, "ngaysinh", "birthdate", "dateofbirth", "dob"),
    GENDER(false, "gioitinh", "gender", "sex"),
    ETHNICITY(false, "dantoc", "ethnicity"),
    PHONE(false, "dienthoai", "sodienthoai", "phone", "telephone"),
    EMAIL(false, "email", "thudientu", "mail"),
    UNIT_CODE(true, "madonvi", "unitcode", "unit"),
    POSITION(false, "chucvu", "position", "title"),
    GROUPS(false, "nhomdoituong", "doituong", "groups", "audiencegroups", "group"),
    TRAINER_LEVEL(false, "captaphuanvien", "trainerlevel", "level"),
    MEDIATOR_RECOGNIZED_ON(false, "ngaycongnhanhoagiaivien", "ngaycongnhan", "mediatorrecognizedon", "recognizedon"),
    ACTIVE_FROM(false, "hieuluctu", "activefrom", "from"),
    ACTIVE_TO(false, "hieulucden", "activeto", "to");

    private final boolean required;
    private final List<String> names;

    ImportColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    String[] acceptedNames() {
        return names.toArray(String[]::new);
    }

    /** The message key of the header as written in the template (Vietnamese in both bundles). */
    String headerKey() {
        return "import.col." + name();
    }

    /** The message key of the explanation shown on the page and in the template's guide sheet. */
    String helpKey() {
        return headerKey() + ".help";
    }

    static List<ImportColumn> all() {
        return Arrays.asList(values());
    }
}
