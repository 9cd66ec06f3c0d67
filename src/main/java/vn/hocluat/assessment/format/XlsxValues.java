package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.web.Messages;

import java.util.Locale;

/**
 * The words of the question sheet's value columns, from the bundles: question types
 * ({@code qformat.xlsx.type.*}), difficulties ({@code qformat.xlsx.difficulty.*}) and true/false.
 * Cells match in Vietnamese or English, with or without diacritics, case or spaces, or as the
 * constant's name (EASY, TRUE_FALSE…); a leading word that only says "question" is ignored.
 */
final class XlsxValues {
    private final Messages messages;

    XlsxValues(Messages messages) {
        this.messages = messages;
    }

    QuestionType type(String cell) {
        String value = typeKey(cell);
        for (QuestionType t : QuestionType.values()) {
            String key = "qformat.xlsx.type." + t.name();
            if (value.equals(typeKey(t.name())) || value.equals(typeKey(messages.get(Messages.VI, key)))
                    || value.equals(typeKey(messages.get(Messages.EN, key)))) {
                return t;
            }
        }
        return null;
    }

    String typeLabel(QuestionType type, Locale locale) {
        return messages.get(locale, "qformat.xlsx.type." + type.name());
    }

    Difficulty difficulty(String cell) {
        for (Difficulty d : Difficulty.values()) {
            if (matches(cell, d.name(), "qformat.xlsx.difficulty." + d.name())) {
                return d;
            }
        }
        return null;
    }

    String difficultyLabel(Difficulty difficulty) {
        return messages.get(Messages.VI, "qformat.xlsx.difficulty." + difficulty.name());
    }

    /** True for "Đúng"/"True", false for "Sai"/"False", null for anything else. */
    Boolean truth(String cell) {
        if (matches(cell, "TRUE", "qformat.xlsx.true")) {
            return true;
        }
        return matches(cell, "FALSE", "qformat.xlsx.false") ? false : null;
    }

    String truthLabel(boolean value) {
        return messages.get(Messages.VI, value ? "qformat.xlsx.true" : "qformat.xlsx.false");
    }

    private boolean matches(String cell, String constant, String key) {
        String value = Table.key(cell);
        return !value.isEmpty() && (value.equals(Table.key(constant))
                || value.equals(Table.key(messages.get(Messages.VI, key)))
                || value.equals(Table.key(messages.get(Messages.EN, key))));
    }

    /** The type's folded words without a prefix that only says "question" (qformat.xlsx.type.prefixes). */
    private String typeKey(String text) {
        String k = Table.key(text);
        for (Locale locale : new Locale[]{Messages.VI, Messages.EN}) {
            for (String prefix : messages.get(locale, "qformat.xlsx.type.prefixes").split(";")) {
                String p = Table.key(prefix);
                k = !p.isEmpty() && k.startsWith(p) ? k.substring(p.length()) : k;
            }
        }
        return k.isEmpty() ? "-" : k;
    }
}
