package vn.hocluat.training.history;

import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the cells of a history file row by row and collects every problem as a {@link RowError}
 * in the user's language: the column's header (as written in the file) is argument {0} of each
 * message, so message keys count their own arguments from {1}.
 */
final class HistorySheet {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private final Table table;
    private final Messages messages;
    private final Locale locale;
    private final LocalDate today;
    private final Map<HistoryColumn, Integer> index = new HashMap<>();
    private final Map<String, Optional<LocalDate>> dates = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private Table.Row current;

    HistorySheet(Table table, Messages messages, Locale locale, LocalDate today) {
        this.table = table;
        this.messages = messages;
        this.locale = locale;
        this.today = today;
    }

    /** A file that could not be read as a table: no rows, and the one error saying why. */
    static HistorySheet unreadable(RowError error, Messages messages, Locale locale, LocalDate today) {
        HistorySheet sheet = new HistorySheet(new Table(List.of(), List.of()), messages, locale, today);
        sheet.errors.add(error);
        return sheet;
    }

    /** True when the file was read and has every required column; otherwise its errors say why not. */
    boolean ready(List<HistoryColumn> columns) {
        return errors.isEmpty() && locate(columns);
    }

    /** Finds the columns; false (with one error on row 1 naming them) when a required one is missing. */
    private boolean locate(List<HistoryColumn> columns) {
        List<String> missing = new ArrayList<>();
        for (HistoryColumn column : columns) {
            Optional<Integer> at = table.column(column.names().toArray(String[]::new));
            at.ifPresent(i -> index.put(column, i));
            if (at.isEmpty() && column.required()) {
                missing.add(messages.get(locale, column.headerKey()));
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new RowError(1, null, messages.get(locale, "history.error.missingColumns", String.join(", ", missing))));
        }
        return missing.isEmpty();
    }

    List<Table.Row> rows() {
        return table.rows();
    }

    void at(Table.Row row) {
        current = row;
    }

    int row() {
        return current.number();
    }

    /** The cell as NFC text with runs of white space made one space; null when blank, too long or absent. */
    String text(HistoryColumn column) {
        Integer at = index.get(column);
        String raw = at == null ? "" : current.cell(at);
        if (raw.isBlank()) {
            return null;
        }
        String cell = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ").trim();
        if (cell.length() > column.maxLength()) {
            error(column, "history.error.tooLong", column.maxLength(), cell.length());
            return null;
        }
        return cell;
    }

    String required(HistoryColumn column) {
        Integer at = index.get(column);
        if (at == null || current.cell(at).isBlank()) {
            error(column, "history.error.required");
            return null;
        }
        return text(column);
    }

    /** A dd/MM/yyyy date (or an Excel date cell), not after today; null when blank or bad (with an error). */
    LocalDate date(HistoryColumn column, boolean required) {
        String cell = required ? required(column) : text(column);
        if (cell == null) {
            return null;
        }
        Optional<LocalDate> date = dates.computeIfAbsent(cell, Dates::parse);
        if (date.isEmpty() || date.get().getYear() < 1900) {
            error(column, "history.error.date", cell);
            return null;
        }
        if (date.get().isAfter(today)) {
            error(column, "history.error.future", cell, Dates.format(today));
            return null;
        }
        return date.get();
    }

    /** A value among the spellings of {@code choices} (keys folded by {@link Table#key}); null with an error otherwise. */
    <T> T choice(HistoryColumn column, String cell, Map<String, T> choices, String errorKey) {
        if (cell == null) {
            return null;
        }
        T value = choices.get(Table.key(cell));
        if (value == null) {
            error(column, errorKey, cell);
        }
        return value;
    }

    /** Topic codes separated by commas or semicolons, lower-cased, each once, in file order. */
    List<String> topics(HistoryColumn column) {
        String cell = text(column);
        if (cell == null) {
            return List.of();
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String part : cell.split("[,;]")) {
            String code = part.trim().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!TOPIC.matcher(code).matches()) {
                error(column, "history.error.topic", part.trim());
                continue;
            }
            topics.add(code);
        }
        return List.copyOf(topics);
    }

    void error(HistoryColumn column, String key, Object... args) {
        error(current.number(), column, key, args);
    }

    void error(int row, HistoryColumn column, String key, Object... args) {
        String header = header(column);
        Object[] all = new Object[args.length + 1];
        all[0] = header;
        System.arraycopy(args, 0, all, 1, args.length);
        errors.add(new RowError(row, header, messages.get(locale, key, all)));
    }

    /** The column as the file names it, or the template's header when the file lacks it. */
    String header(HistoryColumn column) {
        Integer at = index.get(column);
        return at != null ? table.header().get(at) : messages.get(locale, column.headerKey());
    }

    List<RowError> errors() {
        return errors;
    }
}
