package vn.hocluat.org.rosterimport;

import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.Gender;
import vn.hocluat.org.TrainerLevel;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.text.Dates;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the rows of a roster table and checks everything that needs no database: required values,
 * dates, genders, groups and levels, phones, e-mails, lengths, and codes repeated within the file.
 * Every problem of every row is collected; a bad value becomes null in its {@link RosterRow}.
 */
final class RosterParser {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<ImportColumn, Integer> MAX_LENGTH = Map.of(
            ImportColumn.CODE, 64, ImportColumn.FULL_NAME, 200, ImportColumn.ETHNICITY, 64,
            ImportColumn.EMAIL, 200, ImportColumn.POSITION, 200, ImportColumn.UNIT_CODE, 32);

    private final Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
    private final Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
    private final List<RowIssue> issues = new ArrayList<>();
    // a roster repeats a few spellings of groups, genders, levels and dates 100,000s of times: parse each once
    private final Map<String, ImportValues.Groups> groupCache = new HashMap<>();
    private final Map<String, Optional<Gender>> genderCache = new HashMap<>();
    private final Map<String, Optional<TrainerLevel>> levelCache = new HashMap<>();
    private final Map<String, Optional<LocalDate>> dateCache = new HashMap<>();
    private final LocalDate today;
    private Table.Row current;

    private RosterParser(LocalDate today) {
        this.today = today;
    }

    static RosterFile parse(Table table, LocalDate today) {
        return new RosterParser(today).read(table);
    }

    private RosterFile read(Table table) {
        List<ImportColumn> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            Optional<Integer> at = table.column(column.acceptedNames());
            at.ifPresent(i -> {
                index.put(column, i);
                headers.put(column, table.header().get(i));
            });
            if (at.isEmpty() && column.required()) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            return new RosterFile(headers, List.of(), List.of(RowIssue.ofFile(1, "import.error.missingColumns", missing)));
        }
        List<RosterRow> rows = new ArrayList<>(table.rows().size());
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (Table.Row row : table.rows()) {
            current = row;
            RosterRow parsed = row();
            if (parsed.code() != null) {
                Integer first = rowOfCode.putIfAbsent(parsed.code(), row.number());
                if (first != null) {
                    issue(ImportColumn.CODE, "import.error.duplicate", parsed.code(), first, row.number());
                }
            }
            rows.add(parsed);
        }
        return new RosterFile(headers, rows, issues);
    }

    private RosterRow row() {
        Set<GroupValue> groups = index.containsKey(ImportColumn.GROUPS) ? groups() : null;
        return new RosterRow(current.number(),
                required(ImportColumn.CODE),
                required(ImportColumn.FULL_NAME),
                date(ImportColumn.BIRTH_DATE, true),
                checked(ImportColumn.GENDER, text(ImportColumn.GENDER),
                        c -> genderCache.computeIfAbsent(c, ImportValues::gender), "import.error.gender"),
                text(ImportColumn.ETHNICITY),
                checked(ImportColumn.PHONE, text(ImportColumn.PHONE), ImportValues::phone, "import.error.phone"),
                checked(ImportColumn.EMAIL, text(ImportColumn.EMAIL),
                        c -> ImportValues.email(c) ? Optional.of(c) : Optional.empty(), "import.error.email"),
                required(ImportColumn.UNIT_CODE),
                text(ImportColumn.POSITION),
                groups,
                date(ImportColumn.ACTIVE_FROM, false),
                date(ImportColumn.ACTIVE_TO, false));
    }

    private Set<GroupValue> groups() {
        String cell = text(ImportColumn.GROUPS);
        ImportValues.Groups parsed = groupCache.computeIfAbsent(cell == null ? "" : cell, ImportValues::groups);
        if (!parsed.unknown().isEmpty()) {
            issue(ImportColumn.GROUPS, "import.error.group", String.join("; ", parsed.unknown()));
        }
        Set<AudienceGroup> found = parsed.groups();
        TrainerLevel level = level(found.contains(AudienceGroup.TRAINER));
        LocalDate recognizedOn = date(ImportColumn.MEDIATOR_RECOGNIZED_ON, true);
        String recognizedText = text(ImportColumn.MEDIATOR_RECOGNIZED_ON);
        if (recognizedText != null && !found.contains(AudienceGroup.MEDIATOR)) {
            issue(ImportColumn.MEDIATOR_RECOGNIZED_ON, "import.error.onlyMediator", recognizedText);
        }
        Set<GroupValue> groups = new LinkedHashSet<>();
        for (AudienceGroup g : found) {
            groups.add(new GroupValue(g, g == AudienceGroup.TRAINER ? level : null,
                    g == AudienceGroup.MEDIATOR ? recognizedOn : null));
        }
        return groups;
    }

    private TrainerLevel level(boolean trainer) {
        String cell = text(ImportColumn.TRAINER_LEVEL);
        if (cell == null) {
            if (trainer) {
                issue(ImportColumn.TRAINER_LEVEL, "import.error.levelRequired");
            }
            return null;
        }
        if (!trainer) {
            issue(ImportColumn.TRAINER_LEVEL, "import.error.onlyTrainer", cell);
            return null;
        }
        return checked(ImportColumn.TRAINER_LEVEL, cell, c -> levelCache.computeIfAbsent(c, ImportValues::level),
                "import.error.level");
    }

    /** The value of a filled cell, or null with a problem (its message key names what is expected) when it does not parse. */
    private <T> T checked(ImportColumn column, String cell, Function<String, Optional<T>> parse, String key) {
        if (cell == null) {
            return null;
        }
        Optional<T> value = parse.apply(cell);
        if (value.isEmpty()) {
            issue(column, key, cell);
        }
        return value.orElse(null);
    }

    private LocalDate date(ImportColumn column, boolean notAfterToday) {
        String cell = text(column);
        if (cell == null) {
            return null;
        }
        Optional<LocalDate> date = dateCache.computeIfAbsent(cell, Dates::parse);
        if (date.isEmpty() || date.get().getYear() < FIRST_YEAR || date.get().getYear() > LAST_YEAR) {
            issue(column, "import.error.date", cell);
            return null;
        }
        if (notAfterToday && date.get().isAfter(today)) {
            issue(column, "import.error.future", cell);
            return null;
        }
        return date.get();
    }

    private String required(ImportColumn column) {
        if (raw(column).isBlank()) {
            issue(column, "import.error.required");
            return null;
        }
        return text(column);
    }

    /** The cell as NFC text with runs of spaces collapsed; null when blank, too long or the column is absent. */
    private String text(ImportColumn column) {
        String raw = raw(column);
        if (raw.isBlank()) {
            return null;
        }
        String cell = clean(raw);
        Integer max = MAX_LENGTH.get(column);
        if (max != null && cell.length() > max) {
            issue(column, "import.error.tooLong", max, cell.length());
            return null;
        }
        return cell;
    }

    /** NFC (a file from a Mac may hold decomposed letters) with runs of white space made one space. */
    private static String clean(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char ch = text.charAt(i);
            plain = ch == ' ' ? i + 1 < text.length() && text.charAt(i + 1) != ' ' : !Character.isWhitespace(ch);
        }
        return plain ? text.trim() : SPACES.matcher(text).replaceAll(" ").trim();
    }

    private String raw(ImportColumn column) {
        Integer at = index.get(column);
        return at == null ? "" : current.cell(at);
    }

    private void issue(ImportColumn column, String key, Object... args) {
        issues.add(new RowIssue(current.number(), column, key, args));
    }
}
