package vn.hocluat.assessment.format;

import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.web.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the organisers' question sheet, in template order. Headers come from the bundles
 * (key {@code qformat.xlsx.column.*}, help text {@code …help}); a file may use the Vietnamese or
 * the English header, with or without diacritics, and the six option columns also the bare letter.
 */
enum XlsxColumn {
    QUESTION("question", true), OPTION_A("option", false), OPTION_B("option", false),
    OPTION_C("option", false), OPTION_D("option", false), OPTION_E("option", false),
    OPTION_F("option", false), ANSWER("answer", true), TYPE("type", false), TOLERANCE("tolerance", false),
    EXPLANATION("explanation", false), TOPIC("topic", false), DIFFICULTY("difficulty", false), TAGS("tags", false);

    static final List<XlsxColumn> OPTIONS = List.of(OPTION_A, OPTION_B, OPTION_C, OPTION_D, OPTION_E, OPTION_F);

    private final String key;
    private final boolean required;

    XlsxColumn(String key, boolean required) {
        this.key = "qformat.xlsx.column." + key;
        this.required = required;
    }

    boolean required() {
        return required;
    }

    /** The option letter A–F, or an empty string for the other columns. */
    String letter() {
        return name().startsWith("OPTION_") ? name().substring(7) : "";
    }

    String header(Messages messages) {
        return messages.get(Messages.VI, key, letter());
    }

    String help(Messages messages, Locale locale) {
        return messages.get(locale, key + ".help", letter());
    }

    Optional<Integer> find(Table table, Messages messages) {
        String vi = messages.get(Messages.VI, key, letter());
        String en = messages.get(Messages.EN, key, letter());
        return letter().isEmpty() ? table.column(vi, en) : table.column(vi, en, letter());
    }
}
