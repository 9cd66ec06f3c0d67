package vn.hocluat.training.history;

import java.util.List;

/**
 * A column of a history file: its message key suffix (the header is {@code history.col.<key>}),
 * whether it must be present, and the header spellings accepted (matched without diacritics or case).
 */
record HistoryColumn(String key, boolean required, int maxLength, List<String> names) {
    static HistoryColumn of(String key, boolean required, int maxLength, String... names) {
        return new HistoryColumn(key, required, maxLength, List.of(names));
    }

    String headerKey() {
        return "history.col." + key;
    }
}
