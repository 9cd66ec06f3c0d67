package vn.hocluat.org;

import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Messages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the text of a unit's fields. A kind is accepted as its enum name or as its label in
 * either language, whole or any part between "/" or "," ("Thôn/ấp/bản", "thon", "ap"), without
 * diacritics or case; urban/rural as the labels of unit.urban.true/false, true/false or 1/0.
 */
@Singleton
class UnitValues {
    static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");

    private final Map<String, UnitKind> kinds = new HashMap<>();
    private final Map<String, Boolean> urbanWords = new HashMap<>();

    UnitValues(Messages messages) {
        for (Locale locale : new Locale[] {Messages.VI, Messages.EN}) {
            for (UnitKind kind : UnitKind.values()) {
                String label = messages.get(locale, "unit.kind." + kind.name());
                kinds.putIfAbsent(Fold.fold(label), kind);
                for (String part : label.split("[/,]")) {
                    kinds.putIfAbsent(Fold.fold(part), kind);
                }
                kinds.put(Fold.fold(kind.name()), kind);
            }
            urbanWords.put(Fold.fold(messages.get(locale, "unit.urban.true")), true);
            urbanWords.put(Fold.fold(messages.get(locale, "unit.urban.false")), false);
        }
        for (String yes : new String[] {"true", "1", "urban"}) {
            urbanWords.put(yes, true);
        }
        for (String no : new String[] {"false", "0", "rural"}) {
            urbanWords.put(no, false);
        }
    }

    /** Parses every field, putting field → message key into {@code errors} for each bad one. */
    UnitDraft parse(UnitInput in, Map<String, String> errors) {
        String code = trim(in.code());
        if (code.isEmpty()) {
            errors.put("code", "unit.error.code.required");
        } else if (!CODE.matcher(code).matches()) {
            errors.put("code", "unit.error.code.format");
        }
        String name = trim(in.name()).replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.put("name", "unit.error.name");
        }
        UnitKind kind = kind(in.kind());
        if (kind == null) {
            errors.put("kind", "unit.error.kind.unknown");
        }
        String urbanText = trim(in.urban());
        Boolean urban = urbanText.isEmpty() ? null : urbanWords.get(Fold.fold(urbanText));
        if (!urbanText.isEmpty() && urban == null) {
            errors.put("urban", "unit.error.urban");
        }
        String populationText = trim(in.population()).replace(" ", "").replace("\u00a0", "");
        Integer population = population(populationText);
        if (!populationText.isEmpty() && population == null) {
            errors.put("population", "unit.error.population");
        }
        return new UnitDraft(errors.containsKey("code") ? null : code, errors.containsKey("name") ? null : name,
                kind, urban, population);
    }

    UnitKind kind(String text) {
        String t = trim(text);
        return t.isEmpty() ? null : kinds.get(Fold.fold(t));
    }

    private static Integer population(String text) {
        String digits = GROUPED.matcher(text).matches() ? text.replace(".", "").replace(",", "") : text;
        if (!DIGITS.matcher(digits).matches()) {
            return null;
        }
        long n = Long.parseLong(digits);
        return n <= Integer.MAX_VALUE ? (int) n : null;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
